import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../contract/errors'
import { migrate, type Migration } from '../core/store/migrations'
import type { StoreFile, StorePort } from './ports'
import { removeTemps, stamp, storageError, ShortWriteError } from './storage/durable'
import { newerFile, unreadableFile } from './storage/problems'
import type { StorageNotice } from './storage/journal'

/**
 * A small JSON document kept whole in conf (web host, tests) or electron-store (Electron):
 * settings and the reminder state. Keyed collections live in journals instead (storage/).
 * (Still called a Collection here so the reminder scheduler keeps its imports.)
 */
export interface CollectionSpec<T> {
  name: string
  version: number
  migrations: readonly Migration[]
  /**
   * Turns migrated file data into the value; `dropped` counts parts it could not read (each
   * fell back to its default), `detail` names them for the user.
   */
  parse(data: Record<string, unknown>): { value: T; dropped: number; detail?: string }
  serialize(value: T): Record<string, unknown>
}

export interface Collection<T> {
  value: T
  /**
   * Writes `next` and only then makes it the value: a write that fails (a full disk, a
   * read-only folder) throws a readable AppError and changes nothing, on disk or in memory.
   */
  save(next: T): void
  /** What the user should be told about this file (repairs, newer version, unreadable). */
  notices: StorageNotice[]
}

/** A hard link to the file as it was, made before each write; costs no disk space. */
const keepName = (file: string) => `${file}.keep`

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException | undefined)?.code

/**
 * conf writes through atomically, which ignores a short write near a full disk and renames the
 * cut file over the good one (atomically PR #18). Rather than patch it, each write is guarded:
 * a hard link keeps the old file, the result is read back and compared, and a bad result is
 * swapped back with a rename, which needs no free space.
 */
function guardedWrite(handle: () => StoreFile, file: string, data: Record<string, unknown>): void {
  const keep = keepName(file)
  let kept = false
  try {
    fs.rmSync(keep, { force: true })
    try {
      fs.linkSync(file, keep)
      kept = true
    } catch (err) {
      // No file yet: nothing to keep. A file system without hard links gets a copy instead.
      if (codeOf(err) !== 'ENOENT') {
        if (codeOf(err) !== 'EPERM' && codeOf(err) !== 'ENOTSUP' && codeOf(err) !== 'EXDEV')
          throw err
        fs.copyFileSync(file, keep)
        kept = true
      }
    }
  } catch (err) {
    throw storageError(err, path.dirname(file), 'this change')
  }
  const expected = JSON.stringify(data)
  try {
    handle().write(data)
    const back = fs.readFileSync(file, 'utf8')
    if (back !== expected) throw new ShortWriteError(file, expected.length, back.length)
  } catch (err) {
    try {
      if (kept) fs.renameSync(keep, file)
      else fs.rmSync(file, { force: true })
    } catch {
      // The keep file stays; the next start puts it back (see recoverInterruptedWrite).
    }
    throw storageError(err, path.dirname(file), 'this change')
  }
  if (kept) fs.rmSync(keep, { force: true })
}

/** A crash between the link and its removal: the kept file wins unless the new one is whole. */
function recoverInterruptedWrite(file: string): void {
  const keep = keepName(file)
  if (!fs.existsSync(keep)) return
  try {
    JSON.parse(fs.readFileSync(file, 'utf8'))
    fs.rmSync(keep, { force: true })
  } catch {
    fs.renameSync(keep, file)
  }
}

/**
 * Opens one document: read once, migrate (after a backup copy), validate per field. A damaged
 * file is kept aside with a timestamp and never wiped; a file from a newer version or one that
 * can't be read is left exactly where it is, and changes are refused with a message saying why.
 */
export function openCollection<T>(
  store: StorePort,
  spec: CollectionSpec<T> & { label?: string },
  now: Date,
): Collection<T> {
  const file = store.filePath(spec.name)
  const dir = file.slice(0, file.length - `${spec.name}.json`.length - 1)
  const label = spec.label ?? spec.name
  const notices: StorageNotice[] = []
  let blocked: AppError | null = null
  removeTemps(dir, [`${spec.name}.json`])
  try {
    recoverInterruptedWrite(file)
  } catch {
    // A read-only folder: reading below reports it.
  }

  const fresh = () => spec.parse({ schemaVersion: spec.version }).value
  let handle: StoreFile | null = null
  let raw: Record<string, unknown> = {}
  try {
    fs.accessSync(file, fs.constants.R_OK)
    raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      throw new SyntaxError('not an object')
  } catch (err) {
    if (codeOf(err) === 'ENOENT') {
      raw = {}
    } else if (codeOf(err)) {
      const problem = unreadableFile(file, label, codeOf(err)!)
      blocked = problem.error
      notices.push(problem.notice)
      raw = {}
    } else {
      const keptAt = `${file}.damaged-${stamp(now)}`
      fs.renameSync(file, keptAt)
      notices.push({
        level: 'warning',
        title: `Your saved ${label} needed repair`,
        message: `The file could not be used as it was: it is not complete JSON. Nothing was deleted: the original is kept at ${keptAt}.`,
      })
      raw = {}
    }
  }

  let value: T
  let mustWrite = false
  const version = raw.schemaVersion
  if (!blocked && typeof version === 'number' && version > spec.version) {
    // Shown as far as this version understands it; never written or moved.
    value = spec.parse({ ...raw, schemaVersion: spec.version }).value
    const problem = newerFile(file, label)
    blocked = problem.error
    notices.push(problem.notice)
  } else if (blocked) {
    value = fresh()
  } else {
    try {
      const { data, from } = migrate(raw, spec.version, spec.migrations)
      const isNew = Object.keys(raw).length === 0
      if (!isNew && from < spec.version) {
        fs.copyFileSync(file, `${file}.backup-v${from}-${stamp(now)}`)
      }
      const parsed = spec.parse(data)
      value = parsed.value
      if (parsed.dropped > 0) {
        const keptAt = `${file}.partial-${stamp(now)}`
        fs.copyFileSync(file, keptAt)
        notices.push({
          level: 'warning',
          title: `Some of your saved ${label} could not be read`,
          message: `${parsed.detail ?? `${parsed.dropped} ${parsed.dropped === 1 ? 'entry' : 'entries'} could not be read`}; ${parsed.dropped === 1 ? 'it is' : 'they are'} back to the default and everything else is kept. Nothing was deleted: the original file is kept at ${keptAt}.`,
        })
      }
      mustWrite = !isNew && (from < spec.version || parsed.dropped > 0)
    } catch (err) {
      const keptAt = `${file}.damaged-${stamp(now)}`
      fs.renameSync(file, keptAt)
      notices.push({
        level: 'warning',
        title: `Your saved ${label} needed repair`,
        message: `The file could not be used as it was: it could not be understood (${(err as Error).message}). Nothing was deleted: the original is kept at ${keptAt}.`,
      })
      value = fresh()
    }
  }

  const open = () => (handle ??= store.open(spec.name))
  const collection: Collection<T> = {
    value,
    notices,
    save(next) {
      if (blocked) throw blocked
      guardedWrite(open, file, spec.serialize(next))
      collection.value = next
    },
  }
  if (mustWrite) {
    try {
      collection.save(value)
    } catch (err) {
      // The repaired value is in use; the file is fixed by the next change that can be saved.
      console.error(`[storage] could not rewrite ${file}:`, err)
    }
  }
  return collection
}
