import { randomUUID } from 'node:crypto'
import { AppError } from '../contract/errors'
import type { Notice } from '../contract/notices'
import type { ParsedInput } from '../contract/api'
import {
  audioMatchesType,
  baseMimeType,
  TAKE_MAX_BYTES,
  takeMimeTypes,
} from '../contract/take-schemas'
import type {
  BulkDeleteResult,
  ExportResult,
  Take,
  TakeAudio,
  TakesUsage,
} from '../contract/takes-api'
import { webmHeadWithDuration } from '../core/audio/webm-duration'
import type { Clock, DesktopShell, TakeStore } from './ports'
import type { JournalCollection } from './storage/journal'
import { takeView, type TakeRecord } from './takes-file'

/** Trashed takes older than this are purged on the next delete, so undo has time but disks don't fill. */
const TRASH_KEEP_MS = 30 * 60 * 1000

type SaveInput = ParsedInput<'saveTake'>
type BulkInput = ParsedInput<'deleteTakes'>
type NewNotice = Omit<Notice, 'id' | 'createdAt'>

const notFound = () => new AppError('not-found', 'That take no longer exists.')

/** Readable reasons for the failures a user can do something about. */
function saveError(err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError(
      'internal',
      'The disk is full, so this take could not be saved. Free some space (deleting old takes helps) and try again.',
    )
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError(
      'internal',
      'The recordings folder can’t be written to, so this take could not be saved.',
    )
  }
  return new AppError(
    'internal',
    `This take could not be saved${code ? ` (${code})` : ''}. Nothing was half-saved.`,
  )
}

/** Takes are grouped for "best take": whole runs of a script, or takes of one line. */
const groupOf = (t: Take) => `${t.scriptId}|${t.mode}|${t.mode === 'line' ? t.nodeId : ''}`

function nextName(existing: TakeRecord[]): string {
  let highest = existing.length
  for (const t of existing) {
    const n = /^Take (\d+)$/.exec(t.name)?.[1]
    if (n) highest = Math.max(highest, Number(n))
  }
  return `Take ${highest + 1}`
}

/** A name any file system accepts, for "export a copy". */
function fileNameFor(take: TakeRecord): string {
  const ext = takeMimeTypes[baseMimeType(take.mimeType) as keyof typeof takeMimeTypes] ?? 'webm'
  // eslint-disable-next-line no-control-regex
  const base = take.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').trim() || 'Take'
  return `${base}.${ext}`
}

/**
 * Recordings: audio files in a TakeStore, metadata in the 'takes' collection. The file is
 * always written first and the metadata second, so a take is listed only once its audio is
 * safely on disk; `reconcile` repairs whatever a crash left between the two.
 */
export class TakesService {
  readonly ready: Promise<void>
  /** Takes whose audio file is not on disk right now; they stay listed and play once it is back. */
  #missing = new Set<string>()

  constructor(
    private readonly file: JournalCollection<TakeRecord>,
    private readonly store: TakeStore,
    private readonly clock: Clock,
    private readonly notify: (notice: NewNotice) => void,
    private readonly interviewExists: (id: string) => boolean,
    private readonly shell?: DesktopShell,
  ) {
    this.ready = this.reconcile().catch((err: unknown) => {
      // The app must still open; the takes it can see keep working.
      console.error('[takes] could not check the recordings folder:', err)
    })
  }

  /**
   * Runs once at start: removes leftovers of unfinished writes, purges the trash, marks takes
   * whose file is gone as missing (never erasing them), brings back files kept aside that a
   * take lists again, and moves files without metadata aside.
   */
  private async reconcile(): Promise<void> {
    const scan = await this.store.scan()
    for (const temp of scan.temps) await this.store.removeTemp(temp)
    const live = [...this.file.values()]

    if (scan.folderMissing) {
      for (const t of live) if (!t.deletedAt) this.#missing.add(t.id)
      if (this.#missing.size > 0) this.#tellMissing(true)
      return
    }

    const onDisk = new Set(scan.files)
    const aside = new Set(scan.aside)
    const purged: string[] = []
    for (const t of live) {
      if (t.deletedAt) {
        purged.push(t.id)
      } else if (!onDisk.has(t.file)) {
        if (aside.has(t.file)) {
          await this.store.bringBack(t.file)
          onDisk.add(t.file)
        } else {
          this.#missing.add(t.id)
        }
      }
    }
    if (purged.length > 0) {
      try {
        this.file.change(purged.map((id) => ({ delete: id })))
        for (const id of purged) {
          const t = live.find((x) => x.id === id)!
          await this.store.remove(t.file)
          onDisk.delete(t.file)
        }
      } catch (err) {
        console.error('[takes] could not empty the trash:', err)
      }
    }

    const known = new Set(live.map((t) => t.file))
    const strays = [...onDisk].filter((f) => !known.has(f))
    let keptAt = ''
    for (const stray of strays) keptAt = await this.store.keepAside(stray)

    if (this.#missing.size > 0) this.#tellMissing(false)
    if (strays.length > 0) {
      const folder = keptAt.slice(0, keptAt.length - strays[strays.length - 1]!.length - 1)
      this.notify({
        level: 'info',
        title: 'Found recordings that were not on the list',
        message: `${strays.length === 1 ? 'One recording' : `${strays.length} recordings`} had no details saved (perhaps the app closed while saving). Nothing was deleted: ${strays.length === 1 ? 'it is' : 'they are'} kept in ${folder}.`,
      })
    }
  }

  #tellMissing(folderMissing: boolean) {
    const missing = [...this.#missing].map((id) => this.file.get(id)!)
    const names = missing.map((t) => `“${t.name}”`).join(', ')
    const one = missing.length === 1
    this.notify({
      level: 'warning',
      title: one ? 'A take’s recording is missing' : 'Some recordings are missing',
      message: folderMissing
        ? `The recordings folder ${this.store.folder()} is not there (is its drive connected?). Your takes are all kept and will play again once the folder is back.`
        : `The audio of ${names} is not in ${this.store.folder()}. ${one ? 'The take is' : 'The takes are'} kept, marked “file missing”, and will play again once the ${one ? 'file is' : 'files are'} back.`,
    })
  }

  /** Takes marked missing are looked for again, so a reconnected drive shows up at once. */
  async #recheckMissing(): Promise<void> {
    for (const id of [...this.#missing]) {
      const t = this.file.get(id)
      if (!t || (await this.store.size(t.file).catch(() => null)) !== null) {
        this.#missing.delete(id)
      }
    }
  }

  #view = (t: TakeRecord): Take => takeView(t, this.#missing.has(t.id))

  #trashed(): TakeRecord[] {
    return [...this.file.values()].filter((t) => t.deletedAt)
  }

  #live(): TakeRecord[] {
    return [...this.file.values()].filter((t) => !t.deletedAt)
  }

  #get(id: string, { trashed = false } = {}): TakeRecord {
    const t = this.file.get(id)
    if (!t || (!!t.deletedAt && !trashed)) throw notFound()
    return t
  }

  #put(...records: TakeRecord[]): void {
    this.file.change(records.map((r) => ({ put: r.id, value: r })))
  }

  async list(filter: { scriptId?: string; nodeId?: string } = {}): Promise<Take[]> {
    await this.ready
    await this.#recheckMissing()
    return (
      this.#live()
        .filter((t) => !filter.scriptId || t.scriptId === filter.scriptId)
        .filter((t) => !filter.nodeId || (t.mode === 'line' && t.nodeId === filter.nodeId))
        // Newest first; among equal times the one saved later first.
        .reverse()
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map(this.#view)
    )
  }

  async save(input: SaveInput): Promise<Take> {
    await this.ready
    if (input.interviewId && !this.interviewExists(input.interviewId)) {
      throw new AppError(
        'not-found',
        'The interview this take was for no longer exists, so the take was not saved. Pick another interview, or none, and record again.',
      )
    }
    const id = randomUUID()
    const ext = takeMimeTypes[baseMimeType(input.mimeType) as keyof typeof takeMimeTypes]
    const file = `${id}.${ext}`
    let sizeBytes: number
    try {
      sizeBytes = input.uploadId
        ? await this.#finishUpload(input.uploadId, file, input.mimeType, input.durationMs)
        : await this.#writeWhole(file, input.audio!)
    } catch (err) {
      throw err instanceof AppError ? err : saveError(err)
    }
    const sameScript = [...this.file.values()].filter((t) => t.scriptId === input.scriptId)
    const record: TakeRecord = {
      id,
      name: input.name ?? nextName(sameScript),
      scriptId: input.scriptId,
      ...(input.interviewId ? { interviewId: input.interviewId } : {}),
      mode: input.mode,
      ...(input.nodeId ? { nodeId: input.nodeId } : {}),
      markers: [...input.markers].sort((a, b) => a.atMs - b.atMs),
      createdAt: this.clock.now().toISOString(),
      durationMs: Math.round(input.durationMs),
      sizeBytes,
      mimeType: input.mimeType,
      starred: false,
      analysis: input.analysis,
      ...(input.peaks ? { peaks: input.peaks } : {}),
      file,
    }
    try {
      this.#put(record)
    } catch (err) {
      // The metadata could not be written: don't leave an unlisted file behind.
      await this.store.remove(file).catch(() => undefined)
      throw saveError(err)
    }
    return takeView(record)
  }

  async #writeWhole(file: string, audio: ArrayBuffer): Promise<number> {
    const bytes = new Uint8Array(audio)
    await this.store.write(file, bytes)
    return bytes.byteLength
  }

  /** The streamed take becomes the file: its container checked, its WebM duration written in. */
  async #finishUpload(
    uploadId: string,
    file: string,
    mimeType: string,
    durationMs: number,
  ): Promise<number> {
    let wrongType = false
    const size = await this.store
      .finishUpload(uploadId, file, (head) => {
        if (!audioMatchesType(head.buffer as ArrayBuffer, mimeType)) {
          wrongType = true
          throw new Error('wrong type')
        }
        if (baseMimeType(mimeType) !== 'audio/webm') return null
        // The page left an empty duration in the head, so it is filled in place.
        const patched = webmHeadWithDuration(head, durationMs)
        if (!patched || patched.bytes.length !== patched.replaced) return null
        const out = head.slice()
        out.set(patched.bytes)
        return out
      })
      .catch((err: unknown) => {
        if (wrongType) {
          throw new AppError(
            'invalid-input',
            'The recording is not the kind of audio its type says, so it was not saved.',
          )
        }
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new AppError('not-found', 'The recording sent while recording is not there.')
        }
        throw err
      })
    return size
  }

  /** Adds the next part of a take being recorded to its upload file. */
  async append(uploadId: string, audio: ArrayBuffer): Promise<{ bytes: number }> {
    await this.ready
    let bytes: number
    try {
      bytes = await this.store.append(uploadId, new Uint8Array(audio))
    } catch (err) {
      throw saveError(err)
    }
    if (bytes > TAKE_MAX_BYTES) {
      throw new AppError(
        'invalid-input',
        `The recording is larger than ${TAKE_MAX_BYTES / 1024 / 1024} MB and can’t be saved.`,
      )
    }
    return { bytes }
  }

  async audio(id: string): Promise<TakeAudio> {
    await this.ready
    const t = this.#get(id)
    let bytes: Uint8Array
    try {
      bytes = await this.store.read(t.file)
    } catch {
      this.#missing.add(t.id)
      throw new AppError(
        'not-found',
        `The recording of “${t.name}” is not in ${this.store.folder()} right now. The take is kept; it plays again once the file is back (is its drive connected?).`,
      )
    }
    this.#missing.delete(t.id)
    const audio = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    return { mimeType: t.mimeType, audio: audio as ArrayBuffer }
  }

  async rename(id: string, name: string): Promise<Take> {
    await this.ready
    const t = { ...this.#get(id), name }
    this.#put(t)
    return this.#view(t)
  }

  async star(id: string, starred: boolean): Promise<Take> {
    await this.ready
    const t = { ...this.#get(id), starred }
    const others = starred
      ? this.#live()
          .filter((o) => o.id !== id && o.starred && groupOf(o) === groupOf(t))
          .map((o) => ({ ...o, starred: false }))
      : []
    this.#put(t, ...others)
    return this.#view(t)
  }

  async remove(ids: string[]): Promise<BulkDeleteResult> {
    await this.ready
    const now = this.clock.now()
    const found = ids.map((id) => this.#get(id))
    const deletedAt = now.toISOString()
    const purge = this.#trashed().filter(
      (t) => now.getTime() - Date.parse(t.deletedAt!) > TRASH_KEEP_MS,
    )
    this.file.change([
      ...found.map((t) => ({ put: t.id, value: { ...t, deletedAt } })),
      ...purge.map((t) => ({ delete: t.id })),
    ])
    // Files go after the metadata, so a failure here leaves at worst a stray file, never a
    // listed take without audio.
    for (const t of purge) await this.store.remove(t.file).catch(() => undefined)
    return { ids: found.map((t) => t.id), bytes: found.reduce((n, t) => n + t.sizeBytes, 0) }
  }

  async removeMatching(input: BulkInput): Promise<BulkDeleteResult> {
    await this.ready
    if ('ids' in input) return this.remove(input.ids)
    const cutoff = Date.parse(input.olderThan)
    const ids = this.#live()
      .filter((t) => !input.scriptId || t.scriptId === input.scriptId)
      .filter((t) => !(input.keepStarred && t.starred))
      .filter((t) => Date.parse(t.createdAt) < cutoff)
      .map((t) => t.id)
    return ids.length ? this.remove(ids) : { ids: [], bytes: 0 }
  }

  async restore(ids: string[]): Promise<Take[]> {
    await this.ready
    const found = ids.map((id) => this.#get(id, { trashed: true }))
    const restored = found.map(({ deletedAt: _d, ...t }) => t)
    this.#put(...restored)
    return restored.map(this.#view)
  }

  async usage(): Promise<TakesUsage> {
    await this.ready
    const byScript = new Map<string, { scriptId: string; count: number; bytes: number }>()
    let totalBytes = 0
    const live = this.#live()
    for (const t of live) {
      totalBytes += t.sizeBytes
      const entry = byScript.get(t.scriptId) ?? { scriptId: t.scriptId, count: 0, bytes: 0 }
      entry.count++
      entry.bytes += t.sizeBytes
      byScript.set(t.scriptId, entry)
    }
    return {
      count: live.length,
      totalBytes,
      folder: this.store.folder(),
      byScript: [...byScript.values()].sort((a, b) => b.bytes - a.bytes),
    }
  }

  async reveal(id: string): Promise<{ revealed: boolean; path: string }> {
    await this.ready
    const path = this.store.path(this.#get(id).file)
    if (!this.shell) return { revealed: false, path }
    this.shell.reveal(path)
    return { revealed: true, path }
  }

  async exportCopy(id: string): Promise<ExportResult> {
    await this.ready
    const t = this.#get(id)
    const fileName = fileNameFor(t)
    if (!this.shell) return { outcome: 'download', fileName }
    let saved: string | null
    try {
      saved = await this.shell.saveCopy(this.store.path(t.file), fileName)
    } catch (err) {
      throw saveError(err)
    }
    return saved ? { outcome: 'saved', path: saved } : { outcome: 'cancelled' }
  }
}
