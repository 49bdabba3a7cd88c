/** One step of a store file's shape, from `from` to `from + 1`. Pure: data in, data out. */
export interface Migration {
  from: number
  up(data: Record<string, unknown>): Record<string, unknown>
}

export class MigrationError extends Error {
  override name = 'MigrationError'
}

/**
 * Brings stored data up to `target`. We run our own steps (not the store library's, which has
 * known bugs), and refuse data from a newer app rather than guess at its shape.
 */
export function migrate(
  data: Record<string, unknown>,
  target: number,
  steps: readonly Migration[],
): { data: Record<string, unknown>; from: number } {
  const raw = data.schemaVersion
  const from = raw === undefined ? 0 : raw
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
    throw new MigrationError(`schemaVersion ${JSON.stringify(raw)} is not a version number`)
  }
  if (from > target) {
    throw new MigrationError(
      `this file was written by a newer version of the app (schema ${from}, this app knows ${target})`,
    )
  }
  let current = data
  for (let v = from; v < target; v++) {
    const step = steps.find((s) => s.from === v)
    if (!step) throw new MigrationError(`no migration from schema ${v}`)
    current = { ...step.up(current), schemaVersion: v + 1 }
  }
  return { data: current, from }
}

/**
 * Files written before versioning existed hold the same shape without a version; an empty file
 * (the store library creates `{}`) is a fresh start.
 */
export const stampVersionOne: Migration = { from: 0, up: (data) => data }

/** One step of one stored record's shape, from schema `from` to `from + 1`. Pure. */
export interface RecordMigration {
  from: number
  up(record: unknown): unknown
}

/**
 * Brings one record of a journal collection from the schema its file was written with up to
 * `target`, so a bad record costs only itself. Newer records are refused, never guessed at.
 */
export function migrateRecord(
  record: unknown,
  from: number,
  target: number,
  steps: readonly RecordMigration[],
): unknown {
  if (from > target) {
    throw new MigrationError(
      `this record was written by a newer version of the app (schema ${from})`,
    )
  }
  let current = record
  for (let v = from; v < target; v++) {
    const step = steps.find((s) => s.from === v)
    if (!step) throw new MigrationError(`no record migration from schema ${v}`)
    current = step.up(current)
  }
  return current
}
