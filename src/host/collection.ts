import fs from 'node:fs'
import { migrate, type Migration } from '../core/store/migrations'
import type { StoreFile, StorePort } from './ports'

export interface Recovery {
  /** Where the unreadable or partly readable original was kept. */
  keptAt: string
  reason: string
}

export interface CollectionSpec<T> {
  name: string
  version: number
  migrations: readonly Migration[]
  /** Turns migrated file data into the in-memory value; `dropped` counts records it could not read. */
  parse(data: Record<string, unknown>): { value: T; dropped: number }
  serialize(value: T): Record<string, unknown>
}

export interface Collection<T> {
  value: T
  /** Replaces the value in memory and writes it through to disk. */
  save(next: T): void
  recovery: Recovery | null
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-')

/**
 * Opens one store file: read once, migrate (after a backup copy), validate. A damaged file is
 * moved aside with a timestamp and never wiped; a file with some bad records keeps the good ones
 * and a copy of the original.
 */
export function openCollection<T>(
  store: StorePort,
  spec: CollectionSpec<T>,
  now: Date,
): Collection<T> {
  const file = store.filePath(spec.name)
  let recovery: Recovery | null = null
  let handle: StoreFile
  let raw: Record<string, unknown>
  try {
    handle = store.open(spec.name)
    raw = handle.read()
  } catch (err) {
    const keptAt = `${file}.damaged-${stamp(now)}`
    fs.renameSync(file, keptAt)
    recovery = { keptAt, reason: `it could not be read (${(err as Error).message})` }
    handle = store.open(spec.name)
    raw = {}
  }

  const fresh = Object.keys(raw).length === 0
  let value: T
  try {
    const { data, from } = migrate(raw, spec.version, spec.migrations)
    if (!fresh && from < spec.version) {
      fs.copyFileSync(file, `${file}.backup-v${from}-${stamp(now)}`)
    }
    const parsed = spec.parse(data)
    value = parsed.value
    if (parsed.dropped > 0) {
      const keptAt = `${file}.partial-${stamp(now)}`
      fs.copyFileSync(file, keptAt)
      recovery = {
        keptAt,
        reason: `${parsed.dropped} ${parsed.dropped === 1 ? 'entry' : 'entries'} in it could not be read`,
      }
    }
    if (fresh || from < spec.version || parsed.dropped > 0) handle.write(spec.serialize(value))
  } catch (err) {
    const keptAt = `${file}.damaged-${stamp(now)}`
    fs.renameSync(file, keptAt)
    recovery = { keptAt, reason: `it could not be understood (${(err as Error).message})` }
    handle = store.open(spec.name)
    value = spec.parse({ schemaVersion: spec.version }).value
    handle.write(spec.serialize(value))
  }

  const collection: Collection<T> = {
    value,
    recovery,
    save(next) {
      handle.write(spec.serialize(next))
      collection.value = next
    },
  }
  return collection
}
