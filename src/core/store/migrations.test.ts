import { describe, expect, it } from 'vitest'
import {
  migrate,
  migrateRecord,
  MigrationError,
  stampVersionOne,
  type Migration,
  type RecordMigration,
} from './migrations'

const renameTitle: Migration = {
  from: 1,
  up: ({ title, ...rest }) => ({ ...rest, name: title }),
}

describe('migrate', () => {
  it.each([
    ['unversioned → 1', {}, 1, { schemaVersion: 1 }, 0],
    ['already current', { schemaVersion: 2, name: 'a' }, 2, { schemaVersion: 2, name: 'a' }, 2],
    ['1 → 2 renames', { schemaVersion: 1, title: 'a' }, 2, { schemaVersion: 2, name: 'a' }, 1],
    ['0 → 2 runs both', { title: 'b' }, 2, { schemaVersion: 2, name: 'b' }, 0],
  ])('%s', (_name, input, target, expected, from) => {
    const result = migrate(input, target, [stampVersionOne, renameTitle])
    expect(result.data).toEqual(expected)
    expect(result.from).toBe(from)
  })

  it.each([
    ['newer file', { schemaVersion: 3 }, /newer version/],
    ['not a number', { schemaVersion: 'x' }, /not a version number/],
    ['negative', { schemaVersion: -1 }, /not a version number/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => migrate(input, 2, [stampVersionOne, renameTitle])).toThrow(MigrationError)
    expect(() => migrate(input, 2, [stampVersionOne, renameTitle])).toThrow(message)
  })

  it('names a missing step', () => {
    expect(() => migrate({ schemaVersion: 1 }, 2, [stampVersionOne])).toThrow(
      'no migration from schema 1',
    )
  })

  it('does not mutate its input', () => {
    const input = { schemaVersion: 1, title: 'a' }
    migrate(input, 2, [renameTitle])
    expect(input).toEqual({ schemaVersion: 1, title: 'a' })
  })
})

describe('migrateRecord', () => {
  const addStars: RecordMigration = {
    from: 1,
    up: (r) => ({ ...(r as object), stars: 0 }),
  }

  it.each([
    ['current', { a: 1 }, 2, 2, { a: 1 }],
    ['one step', { a: 1 }, 1, 2, { a: 1, stars: 0 }],
  ])('%s', (_name, record, from, target, expected) => {
    expect(migrateRecord(record, from, target, [addStars])).toEqual(expected)
  })

  it('refuses a newer record and names a missing step', () => {
    expect(() => migrateRecord({}, 3, 2, [addStars])).toThrow(/newer version/)
    expect(() => migrateRecord({}, 0, 2, [addStars])).toThrow('no record migration from schema 0')
  })
})
