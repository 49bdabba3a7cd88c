import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { smallDisk, type SmallDisk } from './testing/small-disk'
import { storedRecords } from './testing/stored'
import { cleanup, hostIn, rejection, tempDir } from './testing/temp-host'

const draft = { company: 'Acme Tools', role: 'Product Designer', interviewDate: '2026-03-02' }

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(async () => {
  vi.restoreAllMocks()
  await cleanup(dir)
})

const write = (name: string, data: unknown) =>
  fs.writeFileSync(path.join(dir, name), typeof data === 'string' ? data : JSON.stringify(data))
const files = () => fs.readdirSync(dir).sort()

/** Records exactly as today's app writes them (conf / electron-store, one JSON file each). */
function todaysFiles() {
  const interview = (id: string, company: string) => ({
    id,
    ...draft,
    company,
    interviewTime: '',
    round: 'first',
    interviewers: [{ firstName: 'Dana', lastName: '', title: '', email: '', phone: '' }],
    recruiter: null,
    timeframe: { kind: 'open' },
    doNotContact: false,
    preferredChannel: null,
    workplace: null,
    topics: '',
    strengths: '',
    forgotten: '',
    accomplishment: '',
    notes: 'Asked about the design system.',
    outcome: 'pending',
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    deletedAt: null,
  })
  const attempt = (id: string, date: string) => ({
    id,
    kind: 'thank-you',
    date,
    channel: 'email',
    note: '',
    answered: false,
    outcome: null,
    createdAt: `${date}T12:00:00.000Z`,
  })
  write('interviews.json', {
    schemaVersion: 1,
    interviews: [interview('a', 'Acme'), { id: 'broken', company: '' }, interview('b', 'Globex')],
  })
  write('followups.json', {
    schemaVersion: 1,
    followups: {
      a: {
        attempts: [attempt('t1', '2026-03-02'), { id: 'bad', kind: 'carrier pigeon' }],
        overrides: {
          'status-check:1': { snoozedUntil: '2026-03-20' },
          'move-on': { dismissed: 'yes' },
        },
      },
    },
  })
  write('notices.json', {
    schemaVersion: 1,
    notices: [
      {
        id: 'n1',
        level: 'info',
        title: 'Kept',
        message: 'Hello',
        createdAt: '2026-03-01T00:00:00Z',
      },
      { id: 'n2', level: 'loud', title: 'Bad', message: 'x', createdAt: 'x' },
    ],
  })
  write('settings.json', {
    schemaVersion: 1,
    settings: { reminderTime: '07:15', holidays: ['2026-12-25'], theme: 'neon' },
  })
}

describe('moving today’s JSON files to the journal on first start', () => {
  it('backs every file up first, keeps every good record, and sets the bad ones aside alone', async () => {
    todaysFiles()
    const originals = Object.fromEntries(
      ['interviews', 'followups', 'notices'].map((n) => [
        n,
        fs.readFileSync(path.join(dir, `${n}.json`)),
      ]),
    )
    const { host } = hostIn(dir)

    expect((await host.api.listInterviews()).map((i) => i.id).sort()).toEqual(['a', 'b'])
    const log = await host.api.getFollowUps({ interviewId: 'a' })
    expect(log.attempts.map((a) => a.id)).toEqual(['t1'])
    expect(log.actions.find((a) => a.key === 'status-check:1')?.snoozedUntil).toBe('2026-03-20')
    const settings = await host.api.getSettings()
    expect(settings).toMatchObject({
      reminderTime: '07:15',
      holidays: ['2026-12-25'],
      theme: 'system',
    })

    for (const [name, bytes] of Object.entries(originals)) {
      // The old file is gone only after an exact copy was kept.
      expect(fs.existsSync(path.join(dir, `${name}.json`))).toBe(false)
      const backup = files().find((f) => f.startsWith(`${name}.json.backup-v1-`))!
      expect(fs.readFileSync(path.join(dir, backup))).toEqual(bytes)
      expect(files()).toContain(`${name}.snapshot.jsonl`)
    }
    expect([...storedRecords(dir, 'interviews').keys()].sort()).toEqual(['a', 'b'])

    const asideOf = (name: string) => {
      const f = files().find((x) => x.startsWith(`${name}.set-aside-`))!
      return fs.readFileSync(path.join(dir, f), 'utf8')
    }
    expect(asideOf('interviews')).toBe('{"id":"broken","company":""}\n')
    expect(asideOf('followups')).toContain('carrier pigeon')
    expect(asideOf('notices')).toContain('"loud"')

    const notices = await host.api.listNotices()
    const titles = notices.map((n) => n.title)
    expect(titles).toContain('Kept')
    expect(titles).toContain('Some of your saved interviews could not be read')
    expect(titles).toContain('Some of your saved follow-up log could not be read')
    expect(titles).toContain('Some of your saved settings could not be read')
    const followNotice = notices.find((n) => n.title.includes('follow-up log'))!
    expect(followNotice.message).toContain('1 entry was read only in part')
    const settingsNotice = notices.find((n) => n.title.includes('settings'))!
    expect(settingsNotice.message).toContain('the theme')
    expect(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).toContain('"07:15"')
  })

  it('a second start reads the journal and reports nothing again', async () => {
    todaysFiles()
    const first = hostIn(dir).host
    const count = (await first.api.listNotices()).length
    await first.api.createInterview({ draft: { ...draft, company: 'Initech' } })
    await first.dispose()
    const second = hostIn(dir).host
    expect(await second.api.listInterviews()).toHaveLength(3)
    expect(await second.api.listNotices()).toHaveLength(count)
  })
})

describe('one bad record costs only itself', () => {
  it('a bad attempt or snooze in the log is set aside while its neighbours stay', async () => {
    const { host } = hostIn(dir)
    const i = await host.api.createInterview({ draft })
    await host.api.logAttempt({
      interviewId: i.id,
      attempt: { kind: 'thank-you', date: '2026-03-02', channel: 'email' },
    })
    await host.dispose()
    const journal = path.join(dir, 'followups.journal.jsonl')
    const lines = fs.readFileSync(journal, 'utf8').trim().split('\n')
    const last = JSON.parse(lines.at(-1)!)
    last.value.attempts.push({ id: 'x', kind: 'fax' })
    last.value.overrides['thank-you'] = { snoozedUntil: 5 }
    fs.appendFileSync(journal, JSON.stringify({ ...last, seq: last.seq + 1 }) + '\n')

    const again = hostIn(dir).host
    const view = await again.api.getFollowUps({ interviewId: i.id })
    expect(view.attempts).toHaveLength(1)
    const [notice] = await again.api.listNotices()
    expect(notice?.message).toContain('1 entry was read only in part')
    const aside = files().find((f) => f.startsWith('followups.set-aside-'))!
    expect(fs.readFileSync(path.join(dir, aside), 'utf8')).toContain('"fax"')
  })
})

describe('files the app must not touch', () => {
  it('opens a collection from a newer version read-only: shown, never moved or written', async () => {
    const { host } = hostIn(dir)
    await host.api.createInterview({ draft })
    await host.dispose()
    const snapshot = path.join(dir, 'interviews.journal.jsonl')
    const text = fs.readFileSync(snapshot, 'utf8').replace('"schemaVersion":1', '"schemaVersion":7')
    fs.writeFileSync(snapshot, text)
    const before = files()

    const newer = hostIn(dir).host
    expect(await newer.api.listInterviews()).toHaveLength(1)
    const err = await rejection(newer.api.createInterview({ draft }))
    expect(err.message).toContain('saved by a newer version of Follow-Through')
    expect(fs.readFileSync(snapshot, 'utf8')).toBe(text)
    expect(files()).toEqual(before)
    expect((await newer.api.listNotices()).map((n) => n.title)).toContain(
      'Your interviews come from a newer version of Follow-Through',
    )
  })

  it('an unreadable file is named with what to do; writes are refused and nothing is moved', async () => {
    const { host } = hostIn(dir)
    await host.api.createInterview({ draft })
    await host.dispose()
    const journal = path.join(dir, 'interviews.journal.jsonl')
    const real = fs.readFileSync
    // Root reads any file, so the permission error is simulated at the one call that reads it.
    vi.spyOn(fs, 'readFileSync').mockImplementation(((
      file: fs.PathOrFileDescriptor,
      ...rest: []
    ) => {
      if (file === journal) throw Object.assign(new Error('permission denied'), { code: 'EACCES' })
      return real(file, ...rest)
    }) as typeof fs.readFileSync)
    const before = files()
    const locked = hostIn(dir).host
    const [notice] = await locked.api.listNotices()
    expect(notice?.title).toBe('Your saved interviews can’t be read')
    expect(notice?.message).toContain(journal)
    expect(notice?.message).toContain('its owner and permissions')
    const err = await rejection(locked.api.createInterview({ draft }))
    expect(err.message).toContain(`can’t read ${journal} (EACCES)`)
    expect(files()).toEqual(before)
  })

  it('removes temp files a crash left (old notes included) at start', async () => {
    write('interviews.json.tmp-1741000000abcdef', '{"notes":"a deleted note"}')
    write('interviews.snapshot.jsonl.tmp-0123456789ab', 'half a snapshot')
    write('settings.json.tmp-17410000001a2b3c', '{}')
    const { host } = hostIn(dir)
    await host.api.listInterviews()
    expect(files().filter((f) => f.includes('.tmp-'))).toEqual([])
  })
})

describe('a full disk (a real small tmpfs)', () => {
  const disk = smallDisk(2 * 1024 * 1024)
  const skip = 'skip' in disk ? disk.skip : ''
  let d: SmallDisk
  beforeEach(() => {
    if (!('skip' in disk)) d = disk
  })
  afterEach(async () => {
    await cleanup(dir)
    if (d) {
      d.free()
      for (const f of fs.readdirSync(d.dir)) fs.rmSync(path.join(d.dir, f), { recursive: true })
    }
  })
  afterAll(() => {
    if (!('skip' in disk)) disk.unmount()
  })

  it.skipIf(!!skip)(
    `refuses a change with “Your disk is full: nothing was changed”, then saves once space is freed${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const { host } = hostIn(d.dir)
      const kept = await host.api.createInterview({ draft })
      d.fill()
      const big = { ...draft, notes: 'n'.repeat(10_000) }
      const err = await rejection(host.api.createInterview({ draft: big }))
      expect(err.message).toMatch(/^Your disk is full: nothing was changed\./)
      expect((await host.api.listInterviews()).map((i) => i.id)).toEqual([kept.id])
      const update = await rejection(
        host.api.updateInterview({ id: kept.id, draft: big, expectedUpdatedAt: kept.updatedAt }),
      )
      expect(update.message).toMatch(/^Your disk is full/)
      expect((await host.api.getInterview({ id: kept.id })).notes).toBe('')

      d.free()
      const later = await host.api.createInterview({ draft: big })
      await host.dispose()
      const again = hostIn(d.dir).host
      expect((await again.api.listInterviews()).map((i) => i.id).sort()).toEqual(
        [kept.id, later.id].sort(),
      )
    },
  )

  it.skipIf(!!skip)(
    `a settings write cut short by the disk never replaces the good file (atomically PR #18)${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const { host } = hostIn(d.dir)
      const before = await host.api.updateSettings({ patch: { reminderTime: '08:45' } })
      const file = path.join(d.dir, 'settings.json')
      const good = fs.readFileSync(file, 'utf8')
      // Room for one page: the new file (about 4.4 kB of holidays) is cut at 4,096 bytes.
      d.fill(4096)
      const holidays = Array.from({ length: 330 }, (_, i) =>
        new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
      )
      const err = await rejection(host.api.updateSettings({ patch: { holidays } }))
      expect(err.message).toMatch(/^Your disk is full: nothing was changed\./)
      expect(fs.readFileSync(file, 'utf8')).toBe(good)
      expect(await host.api.getSettings()).toEqual(before)

      d.free()
      const after = await host.api.updateSettings({ patch: { holidays } })
      expect(after.holidays).toHaveLength(330)
      await host.dispose()
      expect((await hostIn(d.dir).host.api.getSettings()).holidays).toHaveLength(330)
    },
  )

  it.skipIf(!!skip)(
    `a read-only data folder: the app starts, names the folder, refuses changes, moves nothing${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const { host } = hostIn(d.dir)
      await host.api.createInterview({ draft })
      await host.api.updateSettings({ patch: { reminderTime: '06:30' } })
      await host.dispose()
      const before = fs.readdirSync(d.dir).sort()
      d.readOnly()
      try {
        const ro = hostIn(d.dir).host
        expect(await ro.api.listInterviews()).toHaveLength(1)
        expect((await ro.api.getSettings()).reminderTime).toBe('06:30')
        const notices = await ro.api.listNotices()
        expect(notices.some((n) => n.message.includes(`can’t write to ${d.dir}`))).toBe(true)
        const err = await rejection(ro.api.createInterview({ draft }))
        expect(err.message).toContain(
          `Follow-Through can’t write to ${d.dir}: nothing was changed.`,
        )
        const settingsErr = await rejection(
          ro.api.updateSettings({ patch: { reminderTime: '07:00' } }),
        )
        expect(settingsErr.message).toContain(`can’t write to ${d.dir}`)
        expect(fs.readdirSync(d.dir).sort()).toEqual(before)
        await cleanup(dir)
      } finally {
        d.readWrite()
      }
    },
  )
})
