import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { AppError } from '../../contract/errors'
import { tempDir } from '../testing/temp-host'
import { JournalCollection } from './journal'
import { wholeRecord, type RecordSpec } from './record-spec'

const noteSchema = z.strictObject({ text: z.string(), n: z.number() })
type Note = z.output<typeof noteSchema>
const spec: RecordSpec<Note> = {
  name: 'notes',
  label: 'notes',
  version: 1,
  parse: wholeRecord((raw) => noteSchema.safeParse(raw)),
}
const now = new Date('2026-03-02T10:00:00Z')

let dir: string
const open: JournalCollection<Note>[] = []
const openNotes = (s: RecordSpec<Note> = spec) => {
  const c = new JournalCollection(dir, s, now)
  open.push(c)
  return c
}
const journal = () => path.join(dir, 'notes.journal.jsonl')
const snapshot = () => path.join(dir, 'notes.snapshot.jsonl')
const all = (c: JournalCollection<Note>) => Object.fromEntries(c)

beforeEach(() => {
  dir = tempDir()
})
afterEach(async () => {
  vi.restoreAllMocks()
  await Promise.all(open.splice(0).map((c) => c.close()))
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the journal', () => {
  it('appends one line per change and reads the same state back', () => {
    const c = openNotes()
    c.put('a', { text: 'one', n: 1 })
    c.put('b', { text: 'two', n: 2 })
    c.put('a', { text: 'one again', n: 3 })
    c.delete('b')
    c.change([
      { put: 'c', value: { text: 'three', n: 4 } },
      { put: 'd', value: { text: 'four', n: 5 } },
    ])
    const lines = fs.readFileSync(journal(), 'utf8').trim().split('\n')
    expect(lines).toHaveLength(6) // header + five changes
    expect(JSON.parse(lines[1]!)).toEqual({ seq: 1, put: 'a', value: { text: 'one', n: 1 } })
    expect(all(openNotes())).toEqual({
      a: { text: 'one again', n: 3 },
      c: { text: 'three', n: 4 },
      d: { text: 'four', n: 5 },
    })
  })

  it('ignores a torn last line (never acknowledged) and appends cleanly after it', () => {
    const c = openNotes()
    c.put('a', { text: 'kept', n: 1 })
    fs.appendFileSync(journal(), '{"seq":2,"put":"b","value":{"te')
    const reopened = openNotes()
    expect(all(reopened)).toEqual({ a: { text: 'kept', n: 1 } })
    expect(reopened.notices).toEqual([])
    reopened.put('c', { text: 'after', n: 2 })
    expect(all(openNotes())).toEqual({ a: { text: 'kept', n: 1 }, c: { text: 'after', n: 2 } })
    expect(fs.readFileSync(journal(), 'utf8')).not.toContain('"te\n')
  })

  it('sets aside a damaged line in the middle alone, keeping its bytes, and reports it once', async () => {
    const c = openNotes()
    c.put('a', { text: 'before', n: 1 })
    fs.appendFileSync(journal(), 'garbage from a bad sector\n')
    fs.appendFileSync(journal(), '{"seq":3,"put":"bad","value":{"text":5}}\n')
    fs.appendFileSync(journal(), '{"seq":4,"put":"b","value":{"text":"after","n":2}}\n')
    const reopened = openNotes()
    expect(all(reopened)).toEqual({ a: { text: 'before', n: 1 }, b: { text: 'after', n: 2 } })
    expect(reopened.notices).toHaveLength(1)
    const aside = fs.readdirSync(dir).find((f) => f.startsWith('notes.set-aside-'))!
    expect(fs.readFileSync(path.join(dir, aside), 'utf8')).toBe(
      'garbage from a bad sector\n{"seq":3,"put":"bad","value":{"text":5}}\n',
    )
    await reopened.compact()
    const third = openNotes()
    expect(third.notices).toEqual([])
    expect(all(third)).toEqual(all(reopened))
  })

  it('a failed append changes nothing, in memory or on disk, and the next one works', () => {
    const c = openNotes()
    c.put('a', { text: 'one', n: 1 })
    const size = fs.statSync(journal()).size
    const realWrite = fs.writeSync
    let calls = 0
    // As a nearly full disk does: part of the line goes out, then there is no room.
    vi.spyOn(fs, 'writeSync').mockImplementation(((
      fd: number,
      buf: Uint8Array,
      off: number,
      _len: number,
      pos: number,
    ) => {
      calls++
      if (calls === 1) return realWrite(fd, buf, off, 10, pos)
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
    }) as typeof fs.writeSync)
    const err = (() => {
      try {
        c.put('b', { text: 'two', n: 2 })
      } catch (e) {
        return e
      }
    })()
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).message).toMatch(/^Your disk is full: nothing was changed\./)
    expect(c.has('b')).toBe(false)
    expect(fs.statSync(journal()).size).toBe(size)
    vi.mocked(fs.writeSync).mockRestore()
    c.put('b', { text: 'two', n: 2 })
    expect(all(openNotes())).toEqual({ a: { text: 'one', n: 1 }, b: { text: 'two', n: 2 } })
  })
})

describe('compaction', () => {
  it(
    'writes a verified snapshot, empties the journal and keeps edits made meanwhile',
    { timeout: 20_000 },
    async () => {
      const c = openNotes()
      // One record per key: a batch line, so the set-up costs one fsync, not hundreds.
      c.change(
        Array.from({ length: 500 }, (_, i) => ({
          put: `k${i}`,
          value: { text: 'x'.repeat(50), n: i },
        })),
      )
      let settled = false
      const running = c.compact().then(() => (settled = true))
      // Edits while the snapshot is being written land on top of it.
      let during = 0
      while (!settled) {
        c.put(`during-${during}`, { text: 'made while compacting', n: -1 })
        during++
        await new Promise((resolve) => setImmediate(resolve))
      }
      c.put('during', { text: 'made while compacting', n: -1 })
      c.delete('k0')
      await running
      expect(during).toBeGreaterThan(1)
      const journalLines = fs.readFileSync(journal(), 'utf8').trim().split('\n')
      // Only what came in after the snapshot's picture was taken is left in the journal.
      expect(journalLines.length).toBeLessThan(during + 3)
      expect(journalLines.length).toBeGreaterThan(2)
      const [head] = JSON.parse(fs.readFileSync(snapshot(), 'utf8')) as unknown[]
      expect(head).toMatchObject({ format: 'follow-through', kind: 'snapshot', schemaVersion: 1 })
      const reopened = openNotes()
      expect(all(reopened)).toEqual(all(c))
      expect(reopened.get('during')?.n).toBe(-1)
      expect(reopened.has('k0')).toBe(false)
      expect(reopened.size).toBe(500 + during)
    },
  )

  it('never replaces a good snapshot with a bad one: a failed verify keeps the old files', async () => {
    const c = openNotes()
    c.put('a', { text: 'first', n: 1 })
    await c.compact()
    c.put('b', { text: 'second', n: 2 })
    const goodSnapshot = fs.readFileSync(snapshot())
    const goodJournal = fs.readFileSync(journal())
    const realOpen = fs.promises.open
    // The temp file reads back different from what was written (a lying disk).
    vi.spyOn(fs.promises, 'open').mockImplementation((async (file: string, flags: string) => {
      const handle = await realOpen(file, flags)
      if (!String(file).includes('.tmp-')) return handle
      const realHandleRead = handle.read.bind(handle)
      handle.read = (async (buffer: Buffer, ...rest: [number, number, number]) => {
        const got = await realHandleRead(buffer, ...rest)
        if (got.bytesRead > 5) buffer[got.bytesRead - 5]! ^= 0xff
        return got
      }) as typeof handle.read
      return handle
    }) as typeof fs.promises.open)
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await c.compact()
    expect(fs.readFileSync(snapshot())).toEqual(goodSnapshot)
    expect(fs.readFileSync(journal())).toEqual(goodJournal)
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([])
    expect(all(openNotes())).toEqual({ a: { text: 'first', n: 1 }, b: { text: 'second', n: 2 } })
  })

  it('a crash after the snapshot but before the journal restarts changes nothing', async () => {
    const c = openNotes()
    c.put('a', { text: 'v1', n: 1 })
    c.put('a', { text: 'v2', n: 2 })
    const oldJournal = fs.readFileSync(journal())
    await c.compact()
    c.put('b', { text: 'later', n: 3 })
    // Put back the journal as it was before compaction, plus the later line: a snapshot that
    // already holds lines 1–2 must not apply them twice, and line 3 must still count.
    const later = fs.readFileSync(journal(), 'utf8').trim().split('\n').at(-1)!
    fs.writeFileSync(journal(), Buffer.concat([oldJournal, Buffer.from(later + '\n')]))
    expect(all(openNotes())).toEqual({ a: { text: 'v2', n: 2 }, b: { text: 'later', n: 3 } })
  })
})

describe('an intact snapshot read lazily', () => {
  const odd = ['plain', 'quo"te', 'back\\slash', 'ünï-cødé ✓', '","value":', '']

  it('finds every record at start and parses each on first use, keys of any shape included', async () => {
    const c = openNotes()
    odd.forEach((key, n) => c.put(key, { text: `for ${key}`, n }))
    await c.compact()
    const bytes = fs.readFileSync(snapshot())
    const parse = vi.spyOn(JSON, 'parse')
    const reopened = openNotes()
    // Headers, the footer and escaped keys are parsed at start, not one record.
    expect(parse.mock.calls.filter(([text]) => text.includes('"text"'))).toEqual([])
    expect(reopened.size).toBe(odd.length)
    expect([...reopened.keys()]).toEqual(odd)
    expect(reopened.get('quo"te')).toEqual({ text: 'for quo"te', n: 1 })
    expect(reopened.get('quo"te')).toBe(reopened.get('quo"te'))
    parse.mockRestore()
    expect(all(reopened)).toEqual(all(c))
    // Records never used are copied into the next snapshot as they were.
    await reopened.compact()
    const again = fs.readFileSync(snapshot(), 'utf8').split('\n').slice(1, -2)
    expect(again).toEqual(bytes.toString('utf8').split('\n').slice(1, -2))
  })

  it('parses the rest in the background, and changes go on top of raw records', async () => {
    const c = openNotes()
    odd.forEach((key, n) => c.put(key, { text: `for ${key}`, n }))
    await c.compact()
    const reopened = openNotes()
    let parsed = false
    reopened.onceParsed(() => (parsed = true))
    expect(parsed).toBe(false)
    reopened.put('plain', { text: 'changed', n: 9 })
    reopened.delete('')
    await new Promise<void>((resolve) => reopened.onceParsed(resolve))
    expect(parsed).toBe(true)
    const parse = vi.spyOn(JSON, 'parse')
    expect(all(reopened)).toMatchObject({ plain: { text: 'changed', n: 9 }, 'quo"te': { n: 1 } })
    expect(parse).not.toHaveBeenCalled()
    parse.mockRestore()
    expect(reopened.has('')).toBe(false)
    expect(all(openNotes())).toEqual(all(reopened))
  })

  it('runs work waiting for every record at once when none is raw', () => {
    const c = openNotes()
    c.put('a', { text: 'only in the journal', n: 1 })
    let ran = false
    openNotes().onceParsed(() => (ran = true))
    expect(ran).toBe(true)
  })

  it('reads a damaged snapshot line by line, checking each record', async () => {
    const c = openNotes()
    odd.forEach((key, n) => c.put(key, { text: `for ${key}`, n }))
    await c.compact()
    const text = fs.readFileSync(snapshot(), 'utf8')
    fs.writeFileSync(snapshot(), text.replace('"for plain","n":0', '"for plain","n":"zero"'))
    const reopened = openNotes()
    expect(reopened.has('plain')).toBe(false)
    expect(reopened.get('quo"te')).toEqual({ text: 'for quo"te', n: 1 })
    expect(reopened.notices.map((n) => n.title)).toEqual([
      'Some of your saved notes could not be read',
    ])
  })
})
