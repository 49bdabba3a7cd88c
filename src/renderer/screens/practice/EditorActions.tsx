import { useState } from 'react'
import { href } from '../../routing/router'

interface Props {
  scriptId: string
  builtIn: boolean
  saving: boolean
  onSave: () => void
  onDuplicate: () => void
  onReset: () => void
  onDelete: () => void
}

/** The editor's header buttons; deleting asks once more, since it can't be undone. */
export function EditorActions({
  scriptId,
  builtIn,
  saving,
  onSave,
  onDuplicate,
  onReset,
  onDelete,
}: Props) {
  const [confirmDelete, setConfirmDelete] = useState(false)
  return (
    <>
      <button
        type="button"
        className="button primary"
        onClick={onSave}
        aria-keyshortcuts="Control+S"
      >
        {saving ? 'Saving…' : 'Save'}
      </button>
      <a className="button" href={href({ name: 'practice-play', scriptId })}>
        Practise
      </a>
      <a className="button" href={href({ name: 'practice-tree', scriptId })}>
        Whole script
      </a>
      <button type="button" className="button" onClick={onDuplicate}>
        Duplicate
      </button>
      {builtIn ? (
        <button type="button" className="button" onClick={onReset}>
          Reset to original
        </button>
      ) : confirmDelete ? (
        <span className="confirm-row" role="group" aria-label="Delete this script?">
          <button type="button" className="button danger" onClick={onDelete}>
            Delete for good
          </button>
          <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" className="button danger" onClick={() => setConfirmDelete(true)}>
          Delete
        </button>
      )}
    </>
  )
}
