import type { SaveError } from './use-script-commands'

interface Props {
  dirty: boolean
  error: SaveError | null
  onDiscard: () => void
  onResolve: (keepMine: boolean) => void
}

/** Whether the edits are saved, and what to do when a save failed or clashed with another. */
export function SaveStatus({ dirty, error, onDiscard, onResolve }: Props) {
  return (
    <>
      <div className="save-status">
        <p role="status" className={dirty ? 'unsaved' : 'saved'}>
          {dirty ? 'Unsaved changes' : 'All changes saved'}
        </p>
        {dirty && (
          <button type="button" className="button small subtle" onClick={onDiscard}>
            Discard changes
          </button>
        )}
      </div>
      {error && (
        <div role="alert" className="form-banner save-error">
          <p>{error.message}</p>
          {error.conflict && (
            <p className="form-actions">
              <button type="button" className="button small" onClick={() => onResolve(true)}>
                Keep my changes
              </button>
              <button type="button" className="button small" onClick={() => onResolve(false)}>
                Load the saved version
              </button>
            </p>
          )}
        </div>
      )}
    </>
  )
}
