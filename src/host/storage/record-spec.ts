import type { Migration, RecordMigration } from '../../core/store/migrations'

/** What reading one stored record gave: its value, and how many of its parts had to be left out. */
export type ParsedRecord<V> = { value: V; dropped: number } | null

/**
 * How one keyed collection is stored: each record is checked on its own, so a bad one costs
 * only itself (and a bad attempt inside a log record costs only that attempt).
 */
export interface RecordSpec<V> {
  /** File names: `<name>.snapshot.jsonl` and `<name>.journal.jsonl`. */
  name: string
  /** What the user calls it in messages: "interviews", "follow-up log". */
  label: string
  /** The record shape this app writes; a file with a higher one opens read-only. */
  version: number
  /** Steps for records written under an older schema (none yet: every collection is at 1). */
  recordMigrations?: readonly RecordMigration[]
  /** Checks one stored record; null when nothing of it is usable. */
  parse(raw: unknown, key: string): ParsedRecord<V>
  /** Today's whole-file JSON (`<name>.json`, written by conf / electron-store), moved once. */
  legacy?: {
    version: number
    migrations: readonly Migration[]
    /** The records in the migrated file data, keyed as the collection keys them. */
    records(data: Record<string, unknown>): [string, unknown][]
  }
}

/** Records kept in a JSON array, keyed by their `id` (interviews, takes, scripts, notices). */
export function listById(list: unknown): [string, unknown][] {
  if (!Array.isArray(list)) return []
  return list.map((item, i) => {
    const id = (item as { id?: unknown } | null)?.id
    return [typeof id === 'string' ? id : `#${i}`, item]
  })
}

/** Records kept in a JSON object by key (follow-up log, practice counts). */
export function objectEntries(value: unknown): [string, unknown][] {
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : []
}

/** A record checked whole by a schema: it is kept as it is, or set aside whole. */
export function wholeRecord<V>(
  check: (raw: unknown) => { success: true; data: V } | { success: false },
) {
  return (raw: unknown): ParsedRecord<V> => {
    const parsed = check(raw)
    return parsed.success ? { value: parsed.data, dropped: 0 } : null
  }
}
