import { useQuery, useQueryClient } from '@tanstack/react-query'
import { format, parseISO } from 'date-fns'
import { useId, useRef, useState, type ChangeEvent } from 'react'
import type { BackupInfo, RestoreResult } from '../../../contract/data-api'
import { formatBytes } from '../../../core/audio/format'
import type { AppClient } from '../../../contract/api'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { useWrite } from '../../api/mutations'
import { downloadBlob } from '../../audio/download'
import { useToast } from '../../components/Toasts'
import './your-data.css'

const dataKey = ['data-overview'] as const

const reasons: Record<BackupInfo['reason'], string> = {
  daily: 'Daily backup',
  'before-restore': 'Made before a restore',
  'before-import': 'Made before an import',
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/** What is about to replace everything, waiting for the user to confirm. */
type Pending =
  { kind: 'import'; name: string; archive?: ArrayBuffer } | { kind: 'restore'; backup: BackupInfo }

function restoredMessage(result: RestoreResult, what: string): string {
  if (result.outcome === 'cancelled') return ''
  const missing =
    result.takesWithoutAudio > 0
      ? ` ${plural(result.takesWithoutAudio, 'take')} had no audio in the file and show as “file missing”.`
      : ''
  return `${what}: ${plural(result.interviews, 'interview')} and ${plural(result.takes, 'take')}. What you had before is kept as a backup.${missing}`
}

/**
 * Settings → Your data: export everything or a CSV, import an export, and the daily backups.
 * Importing and restoring replace everything, so each asks once and says what it will do.
 */
export function YourData() {
  const qc = useQueryClient()
  const toast = useToast()
  const headingId = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const { data } = useQuery({ queryKey: dataKey, queryFn: () => getClient().getDataOverview() })
  const [pending, setPending] = useState<Pending | null>(null)
  // One job at a time; its label says which button is busy, its result is what it did.
  const job = useWrite(
    (api, { work }: { label: string; work: (api: AppClient) => Promise<string | null> }) =>
      work(api),
  )
  const busy = job.isPending ? job.variables.label : ''
  const status = job.isSuccess ? (job.data ?? '') : ''

  const run = (label: string, work: (api: AppClient) => Promise<string | null>) =>
    job
      .mutateAsync({ label, work })
      .then((done) => done && toast({ message: done }))
      .catch(() => undefined) // shown below from job.error
      // No host event names this overview (backups, the data folder), so it is refreshed here.
      .finally(() => qc.invalidateQueries({ queryKey: dataKey }))

  const exportAll = () =>
    run('export', async (api) => {
      const result = await api.exportData()
      if (result.outcome === 'cancelled') return null
      if (result.outcome === 'saved') return `Exported everything to ${result.path}`
      downloadBlob(new Blob([result.archive], { type: 'application/zip' }), result.fileName)
      return `Downloaded ${result.fileName}`
    })

  const exportCsv = (table: 'interviews' | 'attempts') =>
    run(`csv-${table}`, async (api) => {
      const result = await api.exportCsv({ table })
      if (result.outcome === 'cancelled') return null
      if (result.outcome === 'saved') return `Saved ${result.path}`
      downloadBlob(new Blob([result.text], { type: 'text/csv;charset=utf-8' }), result.fileName)
      return `Downloaded ${result.fileName}`
    })

  const pickFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    job.reset()
    setPending({ kind: 'import', name: file.name, archive: await file.arrayBuffer() })
  }

  const confirm = () => {
    const p = pending
    setPending(null)
    if (!p) return
    if (p.kind === 'import') {
      void run('import', async (api) =>
        restoredMessage(await api.importData({ archive: p.archive }), 'Imported'),
      )
    } else {
      void run('restore', async (api) =>
        restoredMessage(await api.restoreBackup({ id: p.backup.id }), 'Restored'),
      )
    }
  }

  const when = (b: BackupInfo) => format(parseISO(b.createdAt), 'EEE, MMM d, yyyy · HH:mm')

  return (
    <section className="card your-data" aria-labelledby={headingId}>
      <h2 id={headingId}>Your data</h2>
      <p className="muted">
        Everything stays on this computer
        {data ? (
          <>
            , in <code className="path">{data.folder}</code>
          </>
        ) : null}
        . Export a copy to keep elsewhere or to move to another computer.
      </p>

      <h3>Export</h3>
      <div className="button-row">
        <button type="button" className="button" disabled={!!busy} onClick={() => void exportAll()}>
          {busy === 'export' ? 'Exporting…' : 'Export everything'}
        </button>
        <button
          type="button"
          className="button subtle"
          disabled={!!busy}
          onClick={() => void exportCsv('interviews')}
        >
          Interviews as CSV
        </button>
        <button
          type="button"
          className="button subtle"
          disabled={!!busy}
          onClick={() => void exportCsv('attempts')}
        >
          Follow-ups as CSV
        </button>
      </div>
      <p className="muted small-print">
        “Export everything” makes one zip with your interviews, follow-up log, call scripts,
        practice history, settings and recordings. CSV files open in any spreadsheet.
      </p>

      <h3>Import</h3>
      <p className="muted small-print">
        Importing an export replaces everything now in Follow-Through. What you have now is backed
        up first, so you can go back.
      </p>
      {data?.dialogs ? (
        <button
          type="button"
          className="button"
          disabled={!!busy}
          onClick={() => setPending({ kind: 'import', name: 'the file you choose' })}
        >
          Import an export…
        </button>
      ) : (
        <div className="file-pick">
          <label className="button" htmlFor={`${headingId}-file`}>
            Choose an export to import…
          </label>
          <input
            ref={fileInput}
            id={`${headingId}-file`}
            className="visually-hidden"
            type="file"
            accept=".zip,application/zip"
            aria-label="Import an export"
            disabled={!!busy}
            onChange={(e) => void pickFile(e)}
          />
        </div>
      )}

      {pending && (
        <div className="confirm" role="group" aria-label="Replace everything?">
          <p>
            {pending.kind === 'import'
              ? `Replace everything with ${pending.name === 'the file you choose' ? 'the export you choose' : `“${pending.name}”`}?`
              : `Go back to the backup from ${when(pending.backup)}?`}{' '}
            What you have now is backed up first.
          </p>
          <div className="button-row">
            <button type="button" className="button primary" autoFocus onClick={confirm}>
              {pending.kind === 'import' ? 'Replace everything' : 'Restore this backup'}
            </button>
            <button type="button" className="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <div className="data-messages">
        {busy === 'import' || busy === 'restore' ? (
          <p role="status">Putting your data back…</p>
        ) : (
          <p role="status">{status}</p>
        )}
        {job.error && (
          <p role="alert" className="form-banner">
            {errorMessage(job.error)}
          </p>
        )}
      </div>

      <h3>Backups</h3>
      <p className="muted small-print">
        A backup of everything but the recordings is made each day; the last 7 days are kept
        {data ? (
          <>
            {' '}
            in <code className="path">{data.backupsFolder}</code>
          </>
        ) : null}
        . Recordings stay in their own folder.
      </p>
      <button
        type="button"
        className="button subtle"
        disabled={!!busy}
        onClick={() =>
          void run('backup', async (api) => {
            const b = await api.backUpNow()
            return `Backed up ${plural(b.interviews, 'interview')} and ${plural(b.takes, 'take')}.`
          })
        }
      >
        {busy === 'backup' ? 'Backing up…' : 'Back up now'}
      </button>
      {data && data.backups.length === 0 ? (
        <p className="empty-inline">No backups yet: the first is made a few seconds after start.</p>
      ) : (
        <ul className="backup-list" aria-label="Backups">
          {data?.backups.map((b) => (
            <li key={b.id}>
              <div>
                <strong>{when(b)}</strong>
                <span className="muted">
                  {' '}
                  · {reasons[b.reason]} · {plural(b.interviews, 'interview')},{' '}
                  {plural(b.takes, 'take')} · {formatBytes(b.sizeBytes)}
                </span>
              </div>
              <button
                type="button"
                className="button small"
                disabled={!!busy}
                onClick={() => setPending({ kind: 'restore', backup: b })}
              >
                Restore<span className="visually-hidden"> the backup from {when(b)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
