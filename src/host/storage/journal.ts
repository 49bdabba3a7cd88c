import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../../contract/errors'
import {
  fdAsync,
  replaceFileSync,
  removeTemps,
  slicer,
  storageError,
  syncFolder,
  syncFolderSync,
  tempNameFor,
  writeAll,
  writeAllSync,
} from './durable'
import { loadCollection, type Loaded } from './journal-load'
import { RawRecord } from './raw-record'
import type { RecordSpec } from './record-spec'
import { FORMAT, verifySnapshotFile, writeSnapshotFile, type FileHeader } from './snapshot-file'

/** Something the user should hear about a collection, shown through the notices. */
export interface StorageNotice {
  level: 'info' | 'warning'
  title: string
  message: string
}

export type Change<V> = { put: string; value: V } | { delete: string }

/**
 * Compact once the journal is this big and at least half the snapshot's size, or in any case
 * past COMPACT_MAX_BYTES: journal lines are checked one by one at start, so a long journal
 * would slow the start down.
 */
const COMPACT_MIN_BYTES = 256 * 1024
const COMPACT_MAX_BYTES = 1024 * 1024
/** Let a burst of edits finish before compacting behind it. */
const COMPACT_DELAY_MS = 2_000

/** A replacement snapshot written and verified, waiting to be swapped in (import, restore). */
export interface PreparedReplace {
  commit(): void
  abort(): Promise<void>
}

export const snapshotName = (name: string) => `${name}.snapshot.jsonl`
export const journalName = (name: string) => `${name}.journal.jsonl`

/**
 * One keyed collection kept in memory and persisted as a snapshot plus an append-only journal.
 * Each change appends one fsync'd line holding the changed record, so an edit costs the size of
 * one record; memory changes only once that line is safely on disk, so a failed write changes
 * nothing. Compaction rewrites the snapshot in the background in time slices.
 *
 * Records of an intact snapshot stay raw until first used (see RawRecord), so the start only
 * finds them; a background pass then parses the rest in slices.
 */
export class JournalCollection<V> implements Iterable<[string, V]> {
  readonly file: string
  readonly journalFile: string
  readonly notices: StorageNotice[] = []
  #map = new Map<string, V | RawRecord>()
  #fd: number | null = null
  #journalBytes = 0
  #snapshotBytes = 0
  #seq = 1
  /** Why writes are refused; `retry` may clear it (a folder that becomes writable again). */
  #blocked: { error: AppError; retry?: () => void } | null = null
  /** Changes appended while a snapshot is being written, to carry into the fresh journal. */
  #tail: { line: string; changes: Change<V>[] }[] | null = null
  #busy: Promise<void> = Promise.resolve()
  #compaction: Promise<void> | null = null
  #timer: ReturnType<typeof setTimeout> | null = null
  /** A fresh journal was renamed in and the folder not yet fsync'd (see #append). */
  #folderUnsynced = false
  #warming: Promise<void> = Promise.resolve()
  /** Work waiting for every record to be parsed (see onceParsed); null once they are. */
  #waitingForParsed: (() => void)[] | null = []
  #closing = false
  #closed = false

  constructor(
    readonly dir: string,
    readonly spec: RecordSpec<V>,
    now: Date,
  ) {
    this.file = path.join(dir, snapshotName(spec.name))
    this.journalFile = path.join(dir, journalName(spec.name))
    removeTemps(dir, [snapshotName(spec.name), journalName(spec.name), `${spec.name}.json`])
    this.#apply(loadCollection(this, now))
  }

  #apply(loaded: Loaded<V>) {
    this.#map = loaded.map
    this.#seq = loaded.nextSeq
    this.#snapshotBytes = loaded.snapshotBytes
    this.notices.push(...loaded.notices)
    this.#warming = this.#warmUp()
    if (loaded.blocked) {
      const { error, retry } = loaded.blocked
      this.#blocked = {
        error,
        ...(retry && {
          retry: () => {
            retry()
            this.#openJournal(null)
          },
        }),
      }
      return
    }
    try {
      this.#openJournal(loaded.journalGoodBytes)
    } catch (err) {
      this.#blockOnWriteError(err)
    }
    if (loaded.compactSoon || this.#journalBytes > COMPACT_MAX_BYTES) this.#scheduleCompaction(0)
  }

  /** Parses the records left raw at start, in slices, so requests later find them ready. */
  async #warmUp() {
    const raw: string[] = []
    for (const [key, value] of this.#map) if (value instanceof RawRecord) raw.push(key)
    const pause = slicer()
    if (raw.length > 0) await pause(true)
    for (const key of raw) {
      // Closing stops the pass, and what waits for it is dropped: the app is going away.
      if (this.#closing) return
      const value = this.#map.get(key)
      if (value instanceof RawRecord) this.#parsed(key, value)
      await pause()
    }
    const waiting = this.#waitingForParsed ?? []
    this.#waitingForParsed = null
    for (const work of waiting) work()
  }

  /** A raw record parsed, once: its value replaces it. Trusted, so not checked again. */
  #parsed(key: string, raw: RawRecord): V {
    const value = raw.parse() as V
    this.#map.set(key, value)
    return value
  }

  /** Opens the journal for appending, creating it (with its header) when there is none. */
  #openJournal(goodBytes: number | null) {
    if (goodBytes === null) {
      replaceFileSync(this.journalFile, Buffer.from(this.#journalHeader() + '\n'))
      goodBytes = Buffer.byteLength(this.#journalHeader() + '\n')
    }
    const fd = fs.openSync(this.journalFile, 'r+')
    // A torn last line (a crash mid-append, never acknowledged) is cut off so the next line
    // starts clean.
    if (fs.fstatSync(fd).size !== goodBytes) fs.ftruncateSync(fd, goodBytes)
    this.#fd = fd
    this.#journalBytes = goodBytes
  }

  #blockOnWriteError(err: unknown) {
    this.#blocked = {
      error: storageError(err, this.dir, `your ${this.spec.label}`),
      retry: () =>
        this.#openJournal(fs.existsSync(this.journalFile) ? this.#validJournalSize() : null),
    }
    this.notices.push({
      level: 'warning',
      title: 'Your changes can’t be saved right now',
      message: this.#blocked.error.message.replace(': nothing was changed.', '.'),
    })
  }

  /** The journal as loaded is still what is on disk; nothing has appended since. */
  #validJournalSize(): number {
    return fs.statSync(this.journalFile).size
  }

  #journalHeader(): string {
    const header: FileHeader = {
      format: FORMAT,
      kind: 'journal',
      collection: this.spec.name,
      schemaVersion: this.spec.version,
    }
    return JSON.stringify(header)
  }

  // Reading

  /**
   * Runs `work` once every record left raw at start is parsed: at once if none is, otherwise
   * after the background pass. Work that looks at every record (a clean-up at start) can wait
   * for it instead of parsing them all before the first request is answered.
   */
  onceParsed(work: () => void): void {
    if (this.#waitingForParsed) this.#waitingForParsed.push(work)
    else work()
  }

  get(key: string): V | undefined {
    const value = this.#map.get(key)
    return value instanceof RawRecord ? this.#parsed(key, value) : value
  }
  has(key: string): boolean {
    return this.#map.has(key)
  }
  get size(): number {
    return this.#map.size
  }
  /** The sequence number of the last change: it only grows, across starts and compactions. */
  get lastSeq(): number {
    return this.#seq - 1
  }
  *values(): IterableIterator<V> {
    for (const [, value] of this.entries()) yield value
  }
  keys(): IterableIterator<string> {
    return this.#map.keys()
  }
  *entries(): IterableIterator<[string, V]> {
    // Setting a key the loop has reached does not move it, so each is visited once.
    for (const [key, value] of this.#map) {
      yield [key, value instanceof RawRecord ? this.#parsed(key, value) : value]
    }
  }
  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries()
  }

  /** Why this collection can't be changed now, or null. */
  get readOnly(): AppError | null {
    return this.#blocked?.error ?? null
  }

  // Writing

  put(key: string, value: V): void {
    this.change([{ put: key, value }])
  }

  delete(key: string): void {
    if (!this.#map.has(key)) return
    this.change([{ delete: key }])
  }

  /** Several changes as one journal line: after a crash either all of them are there or none. */
  change(changes: readonly Change<V>[]): void {
    if (changes.length === 0) return
    this.#writable()
    const seq = this.#seq
    const line =
      changes.length === 1
        ? JSON.stringify({ seq, ...changes[0] })
        : JSON.stringify({ seq, batch: changes })
    this.#append(line)
    this.#seq++
    applyChanges(this.#map, changes)
    this.#tail?.push({ line, changes: [...changes] })
    const big =
      this.#journalBytes > COMPACT_MAX_BYTES ||
      (this.#journalBytes > COMPACT_MIN_BYTES && this.#journalBytes > this.#snapshotBytes / 2)
    if (big && !this.#compaction) {
      this.#scheduleCompaction(COMPACT_DELAY_MS)
    }
  }

  #writable() {
    if (this.#closed) throw new AppError('internal', 'The app is closing: nothing was changed.')
    if (!this.#blocked) return
    const { retry, error } = this.#blocked
    if (!retry) throw error
    try {
      retry()
      this.#blocked = null
    } catch (err) {
      this.#blocked = { error: storageError(err, this.dir, `your ${this.spec.label}`), retry }
      throw this.#blocked.error
    }
  }

  /** Appends one line and fsyncs; on any failure the journal is cut back and nothing changed. */
  #append(line: string) {
    const fd = this.#fd!
    const bytes = Buffer.from(line + '\n', 'utf8')
    const at = this.#journalBytes
    try {
      // Until the rename of a fresh journal is durable, a crash could bring the old one back
      // without this line: make the rename durable first (compaction usually has already).
      if (this.#folderUnsynced) {
        syncFolderSync(this.dir)
        this.#folderUnsynced = false
      }
      writeAllSync(fd, bytes, at, this.journalFile)
      fs.fdatasyncSync(fd)
    } catch (err) {
      try {
        fs.ftruncateSync(fd, at)
      } catch {
        // Left as a torn last line, which loading ignores; the next append overwrites it.
      }
      throw storageError(err, this.dir, `your ${this.spec.label}`)
    }
    this.#journalBytes = at + bytes.length
  }

  // Compaction

  #scheduleCompaction(ms: number) {
    if (this.#timer || this.#closed) return
    this.#timer = setTimeout(() => {
      this.#timer = null
      void this.compact()
    }, ms)
    this.#timer.unref?.()
  }

  /**
   * Writes the current state as a new snapshot (temp file, fsync, verified, renamed) and starts
   * a fresh journal. Every step runs in the background in slices; only the final rename of the
   * journal is synchronous. A failure leaves a snapshot and journal that load to the same state,
   * and is tried again later.
   */
  compact(): Promise<void> {
    if (this.#compaction) return this.#compaction
    if (this.#closed || this.#blocked) return Promise.resolve()
    this.#compaction = (async () => {
      const release = await this.#lock()
      try {
        if (this.#closed || this.#blocked) return
        const { temp, bytes } = await this.#prepare([...this.#map])
        try {
          await fs.promises.rename(temp, this.file)
        } catch (err) {
          await fs.promises.rm(temp, { force: true })
          throw err
        }
        this.#snapshotBytes = bytes
        // The old journal is valid beside either snapshot (loading skips the lines a snapshot
        // holds), so appends go on into it until the fresh one has caught up.
        await syncFolder(this.dir)
        await this.#freshJournal()
      } catch (err) {
        console.error(`[storage] compacting ${this.spec.name} failed; the old files are kept:`, err)
      } finally {
        this.#tail = null
        release()
      }
    })().finally(() => {
      this.#compaction = null
    })
    return this.#compaction
  }

  /**
   * Writes the journal header and the lines appended since the snapshot was taken to a new
   * file in the background, catching up with appends made meanwhile, then renames it in place
   * and switches to it in one synchronous step. Under a steady stream of edits the catching up
   * stops after a few rounds: the last lines are then written and fsync'd in that step, which
   * costs what one edit costs.
   */
  async #freshJournal() {
    const tail = this.#tail!
    const temp = tempNameFor(this.journalFile)
    const fd = await fdAsync.open(temp, 'wx')
    let position = 0
    const linesOf = (from: number) =>
      Buffer.from(
        tail
          .slice(from)
          .map((t) => t.line + '\n')
          .join(''),
        'utf8',
      )
    try {
      let done = tail.length
      let bytes = Buffer.concat([Buffer.from(this.#journalHeader() + '\n'), linesOf(0)])
      for (let round = 0; round < 3 && bytes.length > 0; round++) {
        await writeAll(fd, bytes, position, temp)
        position += bytes.length
        await fdAsync.fdatasync(fd)
        bytes = linesOf(done)
        done = tail.length
      }
      if (bytes.length > 0) {
        writeAllSync(fd, bytes, position, temp)
        position += bytes.length
        fs.fdatasyncSync(fd)
      }
      if (this.#closed || this.#blocked) throw new Error('the journal was closed or blocked')
      fs.renameSync(temp, this.journalFile)
    } catch (err) {
      await fdAsync.close(fd)
      await fs.promises.rm(temp, { force: true })
      throw err
    }
    const old = this.#fd
    this.#fd = fd
    this.#journalBytes = position
    this.#tail = null
    this.#folderUnsynced = true
    if (old !== null) fs.closeSync(old)
    await syncFolder(this.dir)
    this.#folderUnsynced = false
  }

  /**
   * Writes and verifies a snapshot holding exactly `entries`, ready to swap in (import and
   * restore prepare every collection before committing any). Changes made meanwhile are kept:
   * they go on top of the new state.
   */
  async prepareReplace(entries: readonly [string, V][]): Promise<PreparedReplace> {
    this.#writable()
    const release = await this.#lock()
    try {
      const { temp, bytes } = await this.#prepare(entries)
      return {
        commit: () => {
          try {
            this.#replace(temp, bytes, entries)
          } finally {
            release()
          }
        },
        abort: async () => {
          try {
            this.#tail = null
            await fs.promises.rm(temp, { force: true })
          } finally {
            release()
          }
        },
      }
    } catch (err) {
      release()
      throw storageError(err, this.dir, `your ${this.spec.label}`)
    }
  }

  /** A verified snapshot of `entries` in a temp file; from now on appends are kept in #tail. */
  async #prepare(
    entries: readonly (readonly [string, V | RawRecord])[],
  ): Promise<{ temp: string; bytes: number }> {
    const upTo = this.#seq - 1
    this.#tail = []
    const temp = tempNameFor(this.file)
    const header: FileHeader = {
      format: FORMAT,
      kind: 'snapshot',
      collection: this.spec.name,
      schemaVersion: this.spec.version,
      seq: upTo,
    }
    try {
      const written = await writeSnapshotFile(temp, header, entries)
      await verifySnapshotFile(temp, written)
      return { temp, bytes: written.bytes }
    } catch (err) {
      this.#tail = null
      await fs.promises.rm(temp, { force: true })
      throw err
    }
  }

  /**
   * Swaps a replacement in at once (import, restore: every collection commits together) and
   * restarts the journal with what came in meanwhile, on top of the new state.
   */
  #replace(temp: string, bytes: number, replacement: readonly [string, V][]) {
    const tail = this.#tail ?? []
    this.#tail = null
    fs.renameSync(temp, this.file)
    syncFolderSync(this.dir)
    this.#snapshotBytes = bytes
    const map = new Map<string, V | RawRecord>(replacement)
    for (const t of tail) applyChanges(map, t.changes)
    this.#map = map
    // The new snapshot already covers every line up to its seq, so the old journal may stay
    // as it is if rewriting it fails: loading skips what the snapshot holds.
    try {
      const text = [this.#journalHeader(), ...tail.map((t) => t.line)].join('\n') + '\n'
      replaceFileSync(this.journalFile, Buffer.from(text, 'utf8'))
      const old = this.#fd
      this.#fd = fs.openSync(this.journalFile, 'r+')
      this.#journalBytes = Buffer.byteLength(text)
      if (old !== null) fs.closeSync(old)
    } catch (err) {
      console.error(`[storage] could not start a fresh journal for ${this.spec.name}:`, err)
    }
  }

  /** One snapshot writer at a time: compaction and a replacement never overlap. */
  async #lock(): Promise<() => void> {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const before = this.#busy
    this.#busy = before.then(() => mine)
    await before
    return release
  }

  /** Waits for background work (compaction) and closes the journal. */
  async close(): Promise<void> {
    this.#closing = true
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    await this.#compaction
    await this.#busy
    await this.#warming
    this.#closed = true
    if (this.#fd !== null) fs.closeSync(this.#fd)
    this.#fd = null
  }
}

export function applyChanges<V>(map: Map<string, V>, changes: readonly Change<V>[]): void {
  for (const c of changes) {
    if ('put' in c) map.set(c.put, c.value)
    else map.delete(c.delete)
  }
}
