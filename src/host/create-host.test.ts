import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { summarize } from '../core/followup/interview-summary'
import type { Interview } from '../core/interview/schema'
import { nodeTakeStore } from './node-take-store'
import type { TakeFolderScan } from './ports'
import { storedRecords, storedText } from './testing/stored'
import { cleanup, fixedClock, hostIn, rejection, restart, tempDir } from './testing/temp-host'

const draft = {
  company: 'Acme Tools',
  role: 'Product Designer',
  interviewDate: '2026-03-02',
}

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => cleanup(dir))

/** The tracker's summary rows minus the planner's column, to compare with stored interviews. */
const stored = (rows: { next: unknown }[]) => rows.map(({ next: _next, ...summary }) => summary)
const listed = (interviews: Interview[]) => stored(interviews.map((i) => summarize(i, null)))

const readFile = (name: string) => fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')
const onDisk = (name: string) => storedText(dir, name)

describe('interviews', () => {
  it('creates with defaults, lists, and survives a reload from disk', async () => {
    const { host } = hostIn(dir)
    const created = await host.api.createInterview({
      draft: { ...draft, company: '  Acme Tools ' },
    })
    expect(created).toMatchObject({
      company: 'Acme Tools',
      outcome: 'pending',
      timeframe: { kind: 'open' },
      interviewers: [],
      createdAt: '2026-03-02T10:00:00.000Z',
    })
    const reloaded = (await restart(host, dir)).host
    const rows = await reloaded.api.listInterviews()
    expect(stored(rows)).toEqual(listed([created]))
    expect(rows[0]?.next).toMatchObject({ kind: 'thank-you', due: '2026-03-02', key: 'thank-you' })
    expect(await reloaded.api.getInterview({ id: created.id })).toEqual(created)
  })

  it('lists newest interview first', async () => {
    const { host } = hostIn(dir)
    await host.api.createInterview({
      draft: { ...draft, company: 'Old', interviewDate: '2026-01-05' },
    })
    await host.api.createInterview({
      draft: { ...draft, company: 'New', interviewDate: '2026-02-05' },
    })
    expect((await host.api.listInterviews()).map((i) => i.company)).toEqual(['New', 'Old'])
  })

  it('updates, and refuses a stale edit with conflict', async () => {
    const { host } = hostIn(dir)
    const created = await host.api.createInterview({ draft })
    const updated = await host.api.updateInterview({
      id: created.id,
      draft: { ...draft, role: 'Senior Product Designer' },
      expectedUpdatedAt: created.updatedAt,
    })
    expect(updated.role).toBe('Senior Product Designer')
    expect(updated.updatedAt > created.updatedAt).toBe(true)
    const err = await rejection(
      host.api.updateInterview({
        id: created.id,
        draft: { ...draft, role: 'Lost edit' },
        expectedUpdatedAt: created.updatedAt,
      }),
    )
    expect(err.code).toBe('conflict')
    expect((await host.api.getInterview({ id: created.id })).role).toBe('Senior Product Designer')
  })

  it('deletes to the trash and restores (undo), also after a restart', async () => {
    const { host } = hostIn(dir)
    const created = await host.api.createInterview({ draft })
    await host.api.deleteInterview({ id: created.id })
    expect(await host.api.listInterviews()).toEqual([])
    expect((await rejection(host.api.getInterview({ id: created.id }))).code).toBe('not-found')
    const restarted = (await restart(host, dir)).host
    expect(await restarted.api.restoreInterview({ id: created.id })).toEqual(created)
    expect(stored(await restarted.api.listInterviews())).toEqual(listed([created]))
  })

  it('purges trash older than 30 days at start', async () => {
    const { host, clock } = hostIn(dir)
    const created = await host.api.createInterview({ draft })
    await host.api.deleteInterview({ id: created.id })
    clock.now = () => new Date('2026-04-10T00:00:00Z')
    const later = (await restart(host, dir, clock)).host
    expect((await rejection(later.api.restoreInterview({ id: created.id }))).code).toBe('not-found')
  })

  it('purges old trash after the background pass when the interviews start unparsed', async () => {
    const { host, clock } = hostIn(dir)
    const created = await host.api.createInterview({ draft })
    await host.api.deleteInterview({ id: created.id })
    // A compacted snapshot is trusted, so its records stay raw at start and the purge waits.
    await host.compact()
    clock.now = () => new Date('2026-04-10T00:00:00Z')
    const later = (await restart(host, dir, clock)).host
    await vi.waitFor(() => expect(storedRecords(dir, 'interviews').has(created.id)).toBe(false))
    expect((await rejection(later.api.restoreInterview({ id: created.id }))).code).toBe('not-found')
  })

  it('emits a change event on each write', async () => {
    const { host } = hostIn(dir)
    const seen: string[] = []
    host.events.subscribe((e) => seen.push(e.type === 'changed' ? e.topic : e.type))
    const created = await host.api.createInterview({ draft })
    await host.api.deleteInterview({ id: created.id })
    expect(seen).toEqual(['interviews', 'interviews'])
  })
})

describe('bad input is refused and changes nothing stored', () => {
  it.each([
    [
      'empty company',
      { draft: { ...draft, company: '   ' } },
      'Company is required.',
      'draft.company',
    ],
    [
      'malformed date',
      { draft: { ...draft, interviewDate: '2026-02-30' } },
      'Interview date must be a real date (YYYY-MM-DD).',
      'draft.interviewDate',
    ],
    [
      'a 1 MB note',
      { draft: { ...draft, notes: 'x'.repeat(1024 * 1024) } },
      'Notes is too long (at most 10,000 characters).',
      'draft.notes',
    ],
    [
      'unknown fields',
      { draft: { ...draft, salary: 100000 } },
      'Unknown field “salary”: nothing was saved.',
      'draft',
    ],
    [
      'unknown top-level field',
      { draft, admin: true },
      'Unknown field “admin”: nothing was saved.',
      '',
    ],
    [
      'decision date before interview',
      { draft: { ...draft, timeframe: { kind: 'date', date: '2026-03-01' } } },
      'The decision date cannot be before the interview date.',
      'draft.timeframe.date',
    ],
    [
      'negative days',
      { draft: { ...draft, timeframe: { kind: 'days', days: -3 } } },
      'Number of days must be at least 1.',
      'draft.timeframe.days',
    ],
    [
      'bad interviewer email',
      { draft: { ...draft, interviewers: [{ firstName: 'Ana', email: 'ana@' }] } },
      'Interviewer email doesn’t look like an email address.',
      'draft.interviewers.0.email',
    ],
  ])('%s', async (_name, input, message, path) => {
    const { host } = hostIn(dir)
    const existing = await host.api.createInterview({ draft })
    const before = onDisk('interviews')
    const err = await rejection(host.call('createInterview', input))
    expect(err.code).toBe('invalid-input')
    expect(err.message).toBe(message)
    expect(err.issues[0]?.path).toBe(path)
    expect(onDisk('interviews')).toBe(before)
    const updateErr = await rejection(
      host.call('updateInterview', { id: existing.id, ...(input as object) }),
    )
    expect(updateErr.code).toBe('invalid-input')
    expect(onDisk('interviews')).toBe(before)
    expect(stored(await host.api.listInterviews())).toEqual(listed([existing]))
  })

  it('refuses an unknown method', async () => {
    const { host } = hostIn(dir)
    expect((await rejection(host.call('dropEverything', undefined))).code).toBe('not-found')
  })
})

describe('store files', () => {
  it('moves a damaged file aside with a timestamp, starts clean and tells the user', async () => {
    fs.writeFileSync(path.join(dir, 'interviews.json'), '{"schemaVersion":1,"interviews":[{"id"')
    const { host } = hostIn(dir)
    expect(await host.api.listInterviews()).toEqual([])
    const kept = fs.readdirSync(dir).filter((f) => f.startsWith('interviews.json.damaged-'))
    expect(kept).toHaveLength(1)
    expect(kept[0]).toMatch(/^interviews\.json\.damaged-2026-03-02T10-00-00-000Z$/)
    expect(fs.readFileSync(path.join(dir, kept[0]!), 'utf8')).toContain('"interviews":[{"id"')
    const [notice] = await host.api.listNotices()
    expect(notice?.title).toBe('Your saved interviews needed repair')
    expect(notice?.message).toContain(kept[0])
    await host.api.dismissNotice({ id: notice!.id })
    expect(await (await restart(host, dir)).host.api.listNotices()).toEqual([])
  })

  it('backs up an unversioned file before migrating it', async () => {
    fs.writeFileSync(
      path.join(dir, 'settings.json'),
      JSON.stringify({ settings: { reminderTime: '08:30' } }),
    )
    const { host } = hostIn(dir)
    expect((await host.api.getSettings()).reminderTime).toBe('08:30')
    expect(fs.readdirSync(dir).some((f) => f.startsWith('settings.json.backup-v0-'))).toBe(true)
    expect(JSON.parse(readFile('settings')).schemaVersion).toBe(1)
  })

  it('opens settings from a newer app version read-only: shown, never moved or written', async () => {
    const newer = JSON.stringify({ schemaVersion: 99, settings: { reminderTime: '07:30' } })
    fs.writeFileSync(path.join(dir, 'settings.json'), newer)
    const { host } = hostIn(dir)
    expect((await host.api.getSettings()).reminderTime).toBe('07:30')
    const err = await rejection(host.api.updateSettings({ patch: { reminderTime: '08:00' } }))
    expect(err.message).toContain('saved by a newer version of Follow-Through')
    expect(err.message).toContain('nothing was changed')
    expect(readFile('settings')).toBe(newer)
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('settings.json'))).toEqual([
      'settings.json',
    ])
    expect((await host.api.listNotices())[0]?.title).toBe(
      'Your settings come from a newer version of Follow-Through',
    )
  })
})

describe('settings', () => {
  it('updates, sorts and de-duplicates holidays, and reloads', async () => {
    const { host } = hostIn(dir)
    const next = await host.api.updateSettings({
      patch: { holidays: ['2026-12-25', '2026-01-01', '2026-12-25'], reminderTime: '08:15' },
    })
    expect(next.holidays).toEqual(['2026-01-01', '2026-12-25'])
    expect(await (await restart(host, dir)).host.api.getSettings()).toEqual(next)
  })

  it.each([
    ['bad time', { reminderTime: '9am' }, 'Reminder time must look like 09:00.'],
    ['bad holiday', { holidays: ['2026-13-01'] }, 'Each holiday must be a real date (YYYY-MM-DD).'],
    ['unknown key', { colour: 'blue' }, 'Unknown field “colour”: nothing was saved.'],
  ])('refuses %s and keeps the old settings', async (_name, patch, message) => {
    const { host } = hostIn(dir)
    const before = await host.api.updateSettings({ patch: { reminderTime: '07:45' } })
    const err = await rejection(host.call('updateSettings', { patch }))
    expect(err.message).toBe(message)
    expect(await (await restart(host, dir)).host.api.getSettings()).toEqual(before)
  })
})

describe('closing', () => {
  it('waits for the takes start-up scan, and closing twice is one close', async () => {
    const real = nodeTakeStore(path.join(dir, 'recordings'))
    let finishScan = () => {}
    const scanned = new Promise<TakeFolderScan>((resolve) => {
      finishScan = () => resolve(real.scan())
    })
    const { host } = hostIn(dir, undefined, { takes: { ...real, scan: () => scanned } })
    let closed = 0
    const first = host.dispose().then(() => closed++)
    const second = host.dispose().then(() => closed++)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(closed).toBe(0)
    finishScan()
    await Promise.all([first, second])
    expect(closed).toBe(2)
    await expect(host.dispose()).resolves.toBeUndefined()
  })

  it('starts no reminder check once closed: its files are closed too', async () => {
    const clock = fixedClock('2026-03-02T12:00:00')
    const { host, sent } = hostIn(dir, clock)
    await host.api.createInterview({ draft })
    await host.dispose()
    const before = fs.readdirSync(dir).sort()
    expect(await host.reminders.check()).toBe(0)
    host.reminders.start(10)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(sent).toEqual([])
    expect(fs.readdirSync(dir).sort()).toEqual(before)
  })
})
