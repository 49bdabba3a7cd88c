import fs from 'node:fs'
import path from 'node:path'
import type { AppError } from '../../contract/errors'
import { migrate, migrateRecord } from '../../core/store/migrations'
import { durableCopySync, replaceFileSync, stamp, storageError, syncFolderSync } from './durable'
import type { StorageNotice } from './journal'
import { newerFile, unreadableFile } from './problems'
import { RawRecord } from './raw-record'
import type { RecordSpec } from './record-spec'
import { encodeSnapshot, FORMAT, isHeader, readSnapshot, type FileHeader } from './snapshot-file'

export interface Loaded<V> {
  /** Records of an intact snapshot are left raw, to be parsed on first use. */
  map: Map<string, V | RawRecord>
  nextSeq: number
  snapshotBytes: number
  /** Bytes of the journal up to its last whole line; null when there is no journal yet. */
  journalGoodBytes: number | null
  notices: StorageNotice[]
  /** Writes are refused with `error`; `retry` (if any) is tried again on the next write. */
  blocked: { error: AppError; retry?: () => void } | null
  /** Damage was set aside: write clean files soon so it is not reported again. */
  compactSoon: boolean
}

interface Target<V> {
  dir: string
  spec: RecordSpec<V>
  file: string
  journalFile: string
}

type Read = Buffer | null | { error: NodeJS.ErrnoException }

function readIfThere(file: string): Read {
  try {
    return fs.readFileSync(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    return { error: err as NodeJS.ErrnoException }
  }
}

const tryJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

/** The complete lines of a file, with where the last complete one ends (in bytes). */
function completeLines(bytes: Buffer): { lines: string[]; goodBytes: number } {
  const lines: string[] = []
  let start = 0
  for (;;) {
    const end = bytes.indexOf(10, start)
    if (end < 0) break
    lines.push(bytes.toString('utf8', start, end))
    start = end + 1
  }
  return { lines, goodBytes: start }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** A record's value, checked (and migrated); null when unusable. Newer files are read as-is. */
function checkRecord<V>(spec: RecordSpec<V>, raw: unknown, key: string, version: number) {
  try {
    const value =
      version > spec.version
        ? raw
        : migrateRecord(raw, version, spec.version, spec.recordMigrations ?? [])
    return spec.parse(value, key)
  } catch {
    return null
  }
}

/**
 * Reads a collection: its snapshot, then the journal lines after it (or, the first time, the
 * old whole-file JSON). Bad records are collected to be kept aside; nothing is ever deleted.
 */
export function loadCollection<V>(target: Target<V>, now: Date): Loaded<V> {
  const { spec, dir } = target
  const out: Loaded<V> = {
    map: new Map(),
    nextSeq: 1,
    snapshotBytes: 0,
    journalGoodBytes: null,
    notices: [],
    blocked: null,
    compactSoon: false,
  }
  const snap = readIfThere(target.file)
  const jour = readIfThere(target.journalFile)
  for (const [file, read] of [
    [target.file, snap],
    [target.journalFile, jour],
  ] as const) {
    if (read && 'error' in read) return unreadable(out, spec.label, file, read.error)
  }
  const legacyFile = path.join(dir, `${spec.name}.json`)
  if (!snap && !jour) {
    return fs.existsSync(legacyFile) && spec.legacy ? loadLegacy(target, legacyFile, out, now) : out
  }

  const aside: string[] = []
  let partial = 0
  let newer = false
  let snapSeq = 0
  const take = (key: string, raw: unknown, version: number, line: string) => {
    const rec = checkRecord(spec, raw, key, version)
    if (!rec) {
      if (!newer) aside.push(line)
      return
    }
    if (rec.dropped > 0 && !newer) {
      partial++
      aside.push(line)
    }
    out.map.set(key, rec.value)
  }

  if (snap instanceof Buffer) {
    out.snapshotBytes = snap.length
    const read = readSnapshot(snap)
    let version = spec.version
    if (read.header) {
      version = read.header.schemaVersion
      snapSeq = read.header.seq ?? 0
      newer = version > spec.version
    }
    if (read.trusted && version === spec.version) {
      // Exactly as this app wrote it (the CRC says so), from records it had checked.
      for (const [key, value] of read.entries) out.map.set(key, value as RawRecord)
    } else {
      if (!newer) aside.push(...read.bad)
      for (const [key, raw, line] of read.entries) {
        // An intact file from an older version: each record is migrated and checked now.
        if (raw instanceof RawRecord) take(key, raw.parse(), version, raw.line().toString().trim())
        else take(key, raw, version, line)
      }
      if (!read.ended && !newer) {
        out.notices.push({
          level: 'warning',
          title: `Your saved ${spec.label} may be incomplete`,
          message: `${target.file} ends early (it was changed or damaged outside the app). Everything that could be read is shown; nothing was deleted.`,
        })
      }
    }
  }

  let lastSeq = snapSeq
  if (jour instanceof Buffer) {
    const { lines, goodBytes } = completeLines(jour)
    let version = spec.version
    const head = tryJson(lines[0] ?? '')
    let first = 0
    if (head.ok && isHeader(head.value, 'journal')) {
      version = head.value.schemaVersion
      newer ||= version > spec.version
      first = 1
    }
    let good = goodBytes
    for (let i = first; i < lines.length; i++) {
      const line = lines[i]!
      if (line === '') continue
      const parsed = tryJson(line)
      const entry = parsed.ok ? (parsed.value as JournalLine) : null
      if (!entry || typeof entry.seq !== 'number') {
        if (i === lines.length - 1) {
          // A torn last line: an append that never finished, so it was never acknowledged.
          good -= Buffer.byteLength(line) + 1
        } else if (!newer) {
          aside.push(line)
        }
        continue
      }
      lastSeq = Math.max(lastSeq, entry.seq)
      if (entry.seq <= snapSeq) continue
      const changes = entry.batch ?? [entry]
      for (const c of changes) {
        if (typeof c.delete === 'string') out.map.delete(c.delete)
        else if (typeof c.put === 'string') take(c.put, c.value, version, line)
        else if (!newer) aside.push(line)
      }
    }
    out.journalGoodBytes = good
  }
  out.nextSeq = lastSeq + 1

  if (newer) return newerVersion(out, spec.label, target.file)
  if (aside.length > 0) keepAside(target, out, aside, partial, now)
  return out
}

interface JournalLine {
  seq: number
  put?: string
  value?: unknown
  delete?: string
  batch?: { put?: string; value?: unknown; delete?: string }[]
}

function keepAside<V>(
  target: Target<V>,
  out: Loaded<V>,
  lines: string[],
  partial: number,
  now: Date,
  origin = `${target.file} and ${target.journalFile}`,
) {
  const { spec, dir } = target
  const whole = lines.length - partial
  const what = [
    whole > 0 ? `${plural(whole, 'entry', 'entries')} could not be read` : '',
    partial > 0 ? `${plural(partial, 'entry was', 'entries were')} read only in part` : '',
  ]
    .filter(Boolean)
    .join(' and ')
  try {
    const file = path.join(dir, `${spec.name}.set-aside-${stamp(now)}.jsonl`)
    replaceFileSync(file, Buffer.from(lines.join('\n') + '\n', 'utf8'))
    out.compactSoon = true
    out.notices.push({
      level: 'warning',
      title: `Some of your saved ${spec.label} could not be read`,
      message: `In your ${spec.label}, ${what}; everything else is fine. Nothing was deleted: the original text of what was left out is kept in ${file}.`,
    })
  } catch (err) {
    out.notices.push({
      level: 'warning',
      title: `Some of your saved ${spec.label} could not be read`,
      message: `In your ${spec.label}, ${what}. They are left untouched in ${origin} (a copy could not be made: ${storageError(err, dir).message})`,
    })
  }
}

function unreadable<V>(
  out: Loaded<V>,
  label: string,
  file: string,
  err: NodeJS.ErrnoException,
): Loaded<V> {
  const { error, notice } = unreadableFile(file, label, err.code ?? err.message)
  out.blocked = { error }
  out.notices.push(notice)
  return out
}

function newerVersion<V>(out: Loaded<V>, label: string, file: string): Loaded<V> {
  const { error, notice } = newerFile(file, label)
  out.blocked = { error }
  out.notices.push(notice)
  return out
}

/** Today's `<name>.json` from conf / electron-store, moved into a snapshot once (backup first). */
function loadLegacy<V>(
  target: Target<V>,
  legacyFile: string,
  out: Loaded<V>,
  now: Date,
): Loaded<V> {
  const { spec, dir } = target
  const legacy = spec.legacy!
  let text: string
  try {
    text = fs.readFileSync(legacyFile, 'utf8')
  } catch (err) {
    return unreadable(out, spec.label, legacyFile, err as NodeJS.ErrnoException)
  }
  const damaged = (reason: string): Loaded<V> => {
    const keptAt = `${legacyFile}.damaged-${stamp(now)}`
    try {
      fs.renameSync(legacyFile, keptAt)
    } catch (err) {
      out.blocked = { error: storageError(err, dir, `your ${spec.label}`) }
      return out
    }
    out.notices.push({
      level: 'warning',
      title: `Your saved ${spec.label} needed repair`,
      message: `${legacyFile} could not be used as it was: ${reason}. Nothing was deleted: the original is kept at ${keptAt}.`,
    })
    return out
  }
  const parsed = tryJson(text)
  if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object') {
    return damaged('it is not complete JSON')
  }
  const data = parsed.value as Record<string, unknown>
  let migrated: { data: Record<string, unknown>; from: number }
  try {
    migrated = migrate(data, legacy.version, legacy.migrations)
  } catch (err) {
    const version = data.schemaVersion
    if (typeof version === 'number' && version > legacy.version) {
      for (const [key, raw] of legacy.records(data)) {
        const rec = checkRecord(spec, raw, key, spec.version + 1)
        if (rec) out.map.set(key, rec.value)
      }
      return newerVersion(out, spec.label, legacyFile)
    }
    return damaged(`it could not be understood (${(err as Error).message})`)
  }

  const aside: string[] = []
  let partial = 0
  for (const [key, raw] of legacy.records(migrated.data)) {
    const rec = checkRecord(spec, raw, key, spec.version)
    if (!rec) {
      aside.push(JSON.stringify(raw))
      continue
    }
    if (rec.dropped > 0) {
      partial++
      aside.push(JSON.stringify(raw))
    }
    out.map.set(key, rec.value)
  }

  const backup = `${legacyFile}.backup-v${migrated.from}-${stamp(now)}`
  const move = () => {
    if (!fs.existsSync(backup)) durableCopySync(legacyFile, backup)
    const header: FileHeader = {
      format: FORMAT,
      kind: 'snapshot',
      collection: spec.name,
      schemaVersion: spec.version,
      seq: 0,
    }
    const bytes = encodeSnapshot(header, out.map)
    replaceFileSync(target.file, bytes)
    out.snapshotBytes = bytes.length
    fs.rmSync(legacyFile)
    syncFolderSync(dir)
  }
  try {
    move()
  } catch (err) {
    // The data shows; changes wait until the move can be made (say, once space is freed).
    out.blocked = { error: storageError(err, dir, `your ${spec.label}`), retry: move }
    out.notices.push({
      level: 'warning',
      title: 'Your changes can’t be saved right now',
      message: out.blocked.error.message.replace(': nothing was changed.', '.'),
    })
  }
  if (aside.length > 0) {
    keepAside(target, out, aside, partial, now, `${backup}`)
    out.compactSoon = false
  }
  return out
}
