import fs from 'node:fs'
import path from 'node:path'
import type {
  BackupInfo,
  BackupReason,
  CsvExportResult,
  DataExportResult,
  DataOverview,
  RestoreResult,
} from '../../contract/data-api'
import { AppError } from '../../contract/errors'
import type { LoggedAttempt } from '../../core/followup/attempt-schema'
import { formatIsoDate } from '../../core/followup/business-days'
import type { Interview } from '../../core/interview/schema'
import type { Settings } from '../../core/settings/schema'
import type { Collection } from '../collection'
import type { Clock, DesktopShell, TakeStore } from '../ports'
import { replaceFileSync, stamp, storageError, writeChosenFile } from '../storage/durable'
import type { PreparedReplace } from '../storage/journal'
import type { RecordSpec } from '../storage/record-spec'
import type { TakeRecord } from '../takes-file'
import {
  buildArchive,
  FORMAT,
  FORMAT_VERSION,
  readArchive,
  type CheckedArchive,
  type Collections,
} from './archive'
import { reminderStateFrom, type ReminderState } from '../reminders-file'
import { attemptsCsv, interviewsCsv } from './csv'

/** Daily backups kept; safety copies made before a restore or import are kept apart. */
const KEEP_DAILY = 7
const KEEP_SAFETY = 5
const HOUR = 60 * 60 * 1000

export interface DataDeps {
  dir: string
  collections: Collections
  specs: Record<string, RecordSpec<unknown>>
  settings: Collection<Settings>
  reminders: Collection<ReminderState>
  takes: TakeStore
  clock: Clock
  shell?: DesktopShell
  /** Everything changed: every window refetches. */
  changedAll(): void
}

const zipFilter = [{ name: 'Follow-Through export', extensions: ['zip'] }]
const csvFilter = [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }]
const ID = /^(follow-through-[0-9TZ-]+-(daily|before-restore|before-import))\.zip$/

/**
 * Export, import and backups. A backup is an export without the recordings (they stay in
 * their folder), so restoring one and importing a file are the same careful path: read and
 * check everything, back up what is there, write every collection aside, then swap them in.
 */
export class DataService {
  readonly #backups: string
  #running: Promise<unknown> = Promise.resolve()
  #timers: ReturnType<typeof setTimeout>[] = []

  constructor(private readonly deps: DataDeps) {
    this.#backups = path.join(deps.dir, 'backups')
  }

  /** Makes today's backup soon after start and checks again every hour. */
  start(): void {
    const check = () =>
      void this.#dailyIfDue().catch((err: unknown) => console.error('[backup]', err))
    const soon = setTimeout(check, 5_000)
    const hourly = setInterval(check, HOUR)
    soon.unref?.()
    hourly.unref?.()
    this.#timers.push(soon, hourly)
  }

  /** Stops the timers and waits for a backup or restore under way. */
  async stop(): Promise<void> {
    for (const t of this.#timers) clearTimeout(t)
    this.#timers = []
    await this.#running.catch(() => undefined)
  }

  async #dailyIfDue(): Promise<void> {
    const today = formatIsoDate(this.deps.clock.now())
    const done = this.list().some(
      (b) => b.reason === 'daily' && formatIsoDate(new Date(b.createdAt)) === today,
    )
    if (!done) await this.backUp('daily')
  }

  overview(): DataOverview {
    return {
      folder: this.deps.dir,
      backupsFolder: this.#backups,
      dialogs: !!this.deps.shell,
      backups: this.list(),
    }
  }

  list(): BackupInfo[] {
    let names: string[]
    try {
      names = fs.readdirSync(this.#backups)
    } catch {
      return []
    }
    const out: BackupInfo[] = []
    for (const name of names) {
      const m = ID.exec(name)
      if (!m) continue
      const file = path.join(this.#backups, name)
      let summary: Partial<BackupInfo> = {}
      try {
        summary = JSON.parse(fs.readFileSync(file.replace(/\.zip$/, '.json'), 'utf8')) as BackupInfo
      } catch {
        // A backup without its summary still restores; it just shows fewer details.
      }
      out.push({
        id: m[1]!,
        reason: m[2] as BackupReason,
        createdAt: summary.createdAt ?? fs.statSync(file).mtime.toISOString(),
        sizeBytes: fs.statSync(file).size,
        interviews: summary.interviews ?? 0,
        takes: summary.takes ?? 0,
      })
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#running.then(work, work)
    this.#running = run.catch(() => undefined)
    return run
  }

  #head(now: Date) {
    const { collections, settings, reminders } = this.deps
    return {
      format: FORMAT,
      version: FORMAT_VERSION,
      exportedAt: now.toISOString(),
      schemaVersions: Object.fromEntries(
        Object.keys(collections).map((name) => [name, this.deps.specs[name]!.version]),
      ),
      settings: settings.value,
      reminders: reminders.value,
    } as const
  }

  #counts() {
    const live = (name: string) =>
      [...this.deps.collections[name]!.values()].filter(
        (v) => !(v as { deletedAt?: string | null }).deletedAt,
      ).length
    return { interviews: live('interviews'), takes: live('takes') }
  }

  /** A backup of everything but the recordings, kept in `backups/` beside the data. */
  backUp(reason: BackupReason): Promise<BackupInfo> {
    return this.#exclusive(() => this.#backUp(reason))
  }

  async #backUp(reason: BackupReason): Promise<BackupInfo> {
    const now = this.deps.clock.now()
    const bytes = await buildArchive(this.deps.collections, this.#head(now), new Map())
    const id = `follow-through-${stamp(now)}-${reason}`
    const info: BackupInfo = {
      id,
      reason,
      createdAt: now.toISOString(),
      sizeBytes: bytes.length,
      ...this.#counts(),
    }
    try {
      fs.mkdirSync(this.#backups, { recursive: true })
      replaceFileSync(path.join(this.#backups, `${id}.zip`), bytes)
      replaceFileSync(path.join(this.#backups, `${id}.json`), Buffer.from(JSON.stringify(info)))
    } catch (err) {
      throw storageError(err, this.#backups, 'a backup')
    }
    this.#rotate()
    return info
  }

  #rotate() {
    const all = this.list()
    const daily = all.filter((b) => b.reason === 'daily').slice(KEEP_DAILY)
    const safety = all.filter((b) => b.reason !== 'daily').slice(KEEP_SAFETY)
    for (const b of [...daily, ...safety]) {
      fs.rmSync(path.join(this.#backups, `${b.id}.zip`), { force: true })
      fs.rmSync(path.join(this.#backups, `${b.id}.json`), { force: true })
    }
  }

  async exportData(): Promise<DataExportResult> {
    const now = this.deps.clock.now()
    const fileName = `Follow-Through export ${formatIsoDate(now)}.zip`
    let target: string | null = null
    if (this.deps.shell) {
      target = await this.deps.shell.chooseSavePath({
        title: 'Export everything',
        suggestedName: fileName,
        filters: zipFilter,
      })
      if (!target) return { outcome: 'cancelled' }
    }
    const recordings = new Map<string, Uint8Array>()
    for (const t of this.deps.collections.takes!.values() as Iterable<TakeRecord>) {
      try {
        recordings.set(t.file, await this.deps.takes.read(t.file))
      } catch {
        // A missing file (drive not connected) is left out; its take and evidence still go.
      }
    }
    const bytes = await buildArchive(this.deps.collections, this.#head(now), recordings)
    if (!target) {
      const archive = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
      return { outcome: 'download', fileName, archive: archive as ArrayBuffer }
    }
    await writeChosenFile(target, bytes, 'the export')
    return { outcome: 'saved', path: target }
  }

  async exportCsv(which: 'interviews' | 'attempts'): Promise<CsvExportResult> {
    const interviews = [...(this.deps.collections.interviews!.values() as Iterable<Interview>)]
      .filter((i) => !i.deletedAt)
      .sort((a, b) => a.interviewDate.localeCompare(b.interviewDate))
    let text: string
    if (which === 'interviews') {
      text = interviewsCsv(interviews)
    } else {
      const log = this.deps.collections.followups!
      const rows = interviews.flatMap((interview) =>
        ((log.get(interview.id) as { attempts: LoggedAttempt[] } | undefined)?.attempts ?? [])
          .map((attempt) => ({ interview, attempt }))
          .sort((a, b) => a.attempt.date.localeCompare(b.attempt.date)),
      )
      text = attemptsCsv(rows)
    }
    const fileName = `Follow-Through ${which === 'interviews' ? 'interviews' : 'follow-ups'} ${formatIsoDate(this.deps.clock.now())}.csv`
    if (!this.deps.shell) return { outcome: 'download', fileName, text }
    const target = await this.deps.shell.chooseSavePath({
      title: which === 'interviews' ? 'Save interviews as CSV' : 'Save follow-ups as CSV',
      suggestedName: fileName,
      filters: csvFilter,
    })
    if (!target) return { outcome: 'cancelled' }
    await writeChosenFile(target, Buffer.from(text, 'utf8'), 'the export')
    return { outcome: 'saved', path: target }
  }

  async importData(archive: ArrayBuffer | undefined): Promise<RestoreResult> {
    let bytes: Uint8Array
    if (archive) {
      bytes = new Uint8Array(archive)
    } else {
      if (!this.deps.shell) {
        throw new AppError('invalid-input', 'Choose the export file to import.')
      }
      const file = await this.deps.shell.chooseOpenPath({
        title: 'Import a Follow-Through export',
        filters: zipFilter,
      })
      if (!file) return { outcome: 'cancelled' }
      try {
        bytes = await fs.promises.readFile(file)
      } catch (err) {
        throw new AppError(
          'invalid-input',
          `Follow-Through can’t read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'}). Nothing was changed.`,
        )
      }
    }
    const checked = await readArchive(bytes, this.deps.specs)
    return this.#exclusive(() => this.#putInPlace(checked, 'before-import'))
  }

  async restoreBackup(id: string): Promise<RestoreResult> {
    const file = path.join(this.#backups, `${id}.zip`)
    let bytes: Uint8Array
    try {
      bytes = await fs.promises.readFile(file)
    } catch {
      throw new AppError('not-found', 'That backup is no longer there. Nothing was changed.')
    }
    const checked = await readArchive(bytes, this.deps.specs)
    return this.#exclusive(() => this.#putInPlace(checked, 'before-restore'))
  }

  /**
   * Backs up what is there, writes the archive's recordings, writes every collection beside
   * its live files and checks them, and only then swaps them all in. A failure before the swap
   * changes nothing.
   */
  async #putInPlace(checked: CheckedArchive, reason: BackupReason): Promise<RestoreResult> {
    const safety = await this.#backUp(reason)
    for (const [file, data] of checked.recordings) {
      if ((await this.deps.takes.size(file)) === data.byteLength) continue
      try {
        await this.deps.takes.write(file, data)
      } catch (err) {
        throw storageError(err, this.deps.takes.folder(), 'the recordings')
      }
    }
    const prepared: PreparedReplace[] = []
    try {
      for (const [name, c] of Object.entries(this.deps.collections)) {
        prepared.push(await c.prepareReplace(checked.records[name] ?? []))
      }
    } catch (err) {
      await Promise.all(prepared.map((p) => p.abort()))
      throw err
    }
    for (const p of prepared) p.commit()
    try {
      this.deps.settings.save(checked.settings)
      this.deps.reminders.save(reminderStateFrom(checked.manifest.reminders))
    } catch (err) {
      console.error('[data] settings were not restored:', err)
    }
    this.deps.changedAll()

    const takes = (checked.records.takes ?? []).map(([, t]) => t as TakeRecord)
    let withoutAudio = 0
    for (const t of takes) {
      if (!t.deletedAt && (await this.deps.takes.size(t.file)) === null) withoutAudio++
    }
    const live = (name: string) =>
      (checked.records[name] ?? []).filter(([, v]) => !(v as { deletedAt?: unknown }).deletedAt)
        .length
    return {
      outcome: 'restored',
      interviews: live('interviews'),
      takes: live('takes'),
      takesWithoutAudio: withoutAudio,
      backupId: safety.id,
    }
  }
}
