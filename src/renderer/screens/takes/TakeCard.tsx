import { format, parseISO } from 'date-fns'
import { useId, useRef, useState } from 'react'
import type { Take } from '../../../contract/takes-api'
import { formatBytes, formatDuration } from '../../../core/audio/format'
import { runsOnDesktop } from '../../api/client'
import { RenameForm } from './RenameForm'
import { TakeEvidence } from './TakeEvidence'
import { TakePlayer } from './TakePlayer'
import type { useTakeCommands } from './use-take-commands'

interface Props {
  take: Take
  titleOf: (nodeId: string) => string
  commands: ReturnType<typeof useTakeCommands>
  selected: boolean
  onSelect: (selected: boolean) => void
  /** This take's player is open. */
  open: boolean
  onToggleOpen: () => void
}

/** One take in the list: what it is, what was measured, and what can be done with it. */
export function TakeCard({
  take,
  titleOf,
  commands,
  selected,
  onSelect,
  open,
  onToggleOpen,
}: Props) {
  const headingId = useId()
  const [renaming, setRenaming] = useState(false)
  const renameButton = useRef<HTMLButtonElement>(null)
  const stopRenaming = () => {
    setRenaming(false)
    // The form is gone: put focus back on the button that opened it.
    setTimeout(() => renameButton.current?.focus())
  }
  const what =
    take.mode === 'line'
      ? `Line: ${titleOf(take.nodeId ?? '')}`
      : `Whole call, ${take.markers.length} ${take.markers.length === 1 ? 'step' : 'steps'}`

  return (
    <li className={`card take-card${open ? ' is-open' : ''}`} aria-labelledby={headingId}>
      <div className="take-card-head">
        <label className="checkbox take-select">
          <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} />
          <span className="visually-hidden">Select {take.name}</span>
        </label>
        <div className="take-card-title">
          <h3 id={headingId}>
            {take.name}
            {take.starred && <span className="badge badge-ok">Best take</span>}
            {take.fileMissing && <span className="badge badge-warn">File missing</span>}
          </h3>
          <p className="muted take-meta">
            <time dateTime={take.createdAt}>
              {format(parseISO(take.createdAt), 'EEE, MMM d, yyyy · HH:mm')}
            </time>{' '}
            · {formatDuration(take.durationMs)} · {formatBytes(take.sizeBytes)} · {what}
          </p>
          {take.fileMissing && (
            <p className="muted take-missing">
              Its audio file isn’t in the recordings folder right now (is that drive connected?).
              The take and its evidence are kept; it plays again once the file is back.
            </p>
          )}
        </div>
        <div className="take-card-actions">
          <button
            type="button"
            className="button primary small"
            onClick={onToggleOpen}
            aria-expanded={open}
          >
            {open ? 'Close player' : 'Listen'}
            <span className="visually-hidden"> ({take.name})</span>
          </button>
          <button
            type="button"
            className="button small"
            aria-pressed={take.starred}
            onClick={() => void commands.star(take, !take.starred)}
          >
            {take.starred ? '★ Best take' : '☆ Mark as best'}
            <span className="visually-hidden"> ({take.name})</span>
          </button>
        </div>
      </div>

      {open && <TakePlayer take={take} titleOf={titleOf} />}
      <TakeEvidence take={take} titleOf={titleOf} />

      {renaming ? (
        <RenameForm
          initial={take.name}
          onCancel={stopRenaming}
          onSave={async (name) => {
            const ok = !!(await commands.rename(take, name))
            if (ok) stopRenaming()
            return ok
          }}
        />
      ) : (
        <div className="take-card-more">
          <button
            ref={renameButton}
            type="button"
            className="button small subtle"
            onClick={() => setRenaming(true)}
          >
            Rename<span className="visually-hidden"> {take.name}</span>
          </button>
          {runsOnDesktop() ? (
            <>
              <button
                type="button"
                className="button small subtle"
                onClick={() => void commands.reveal(take)}
              >
                Show the file<span className="visually-hidden"> of {take.name}</span>
              </button>
              <button
                type="button"
                className="button small subtle"
                onClick={() => void commands.exportCopy(take)}
              >
                Export a copy<span className="visually-hidden"> of {take.name}</span>
              </button>
            </>
          ) : (
            // A browser tab can't open the host's file manager, and a path on the host means
            // nothing here: the file itself is what the user can have.
            <button
              type="button"
              className="button small subtle"
              onClick={() => void commands.exportCopy(take)}
            >
              Download<span className="visually-hidden"> {take.name}</span>
            </button>
          )}
          <button
            type="button"
            className="button small subtle danger"
            onClick={() => void commands.remove(take)}
          >
            Delete<span className="visually-hidden"> {take.name}</span>
          </button>
        </div>
      )}
    </li>
  )
}
