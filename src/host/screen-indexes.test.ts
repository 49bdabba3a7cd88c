import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TODAY_FIRST_ROWS } from '../contract/planner-api'
import { newestInterviewFirst } from '../core/followup/interview-summary'
import type { Host } from './create-host'
import { inIdOrder, writeManyInterviews } from './testing/many-interviews'
import { cleanup, fixedClock, hostIn, rejection, tempDir } from './testing/temp-host'

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => cleanup(dir))

const clock = () => fixedClock('2026-03-10T10:00:00')

/** Forty interviews over twenty days, two a day at different times, so no two tie in order. */
async function seed(host: Host): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < 40; i++) {
    const day = String(1 + (i % 20)).padStart(2, '0')
    const created = await host.api.createInterview({
      draft: {
        company: `Company ${i}`,
        role: i % 2 ? 'Designer' : 'Researcher',
        interviewDate: `2026-02-${day}`,
        interviewTime: i < 20 ? '09:00' : '14:00',
        recruiter: i % 3 === 0 ? { name: 'Rita' } : null,
      },
    })
    ids.push(created.id)
  }
  return ids
}

/** Everything the screens get: every Today row (paged) and every list row. */
async function screens(host: Host) {
  const today = await host.api.getToday()
  const group = async (g: 'overdue' | 'dueToday' | 'upcoming') =>
    (await host.api.getAgendaPage({ group: g, offset: 0, limit: 200 })).rows
  return {
    today,
    overdue: await group('overdue'),
    dueToday: await group('dueToday'),
    upcoming: await group('upcoming'),
    list: await host.api.listInterviews(),
  }
}

/**
 * Makes a change on a host whose indexes are already built, then checks that what it answers
 * equals what a host opened afresh on the same files plans from scratch.
 */
async function afterChange(change: (host: Host) => Promise<unknown>) {
  const { host } = hostIn(dir, clock())
  await screens(host)
  await change(host)
  const kept = await screens(host)
  await host.dispose()
  const fresh = await screens(hostIn(dir, clock()).host)
  expect(kept).toEqual(fresh)
  return kept
}

describe('the agenda and list indexes follow each write', () => {
  it('match a full re-plan after edits, deletes, restores, attempts, snoozes and new holidays', async () => {
    const ids = await seed(hostIn(dir, clock()).host)
    const edited = await afterChange(async (host) => {
      const current = await host.api.getInterview({ id: ids[4]! })
      const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...draft } = current
      await host.api.updateInterview({
        id: current.id,
        draft: { ...draft, interviewDate: '2026-03-09', company: 'Société Générale' },
      })
    })
    expect(edited.list[0]).toMatchObject({
      company: 'Société Générale',
      search: expect.stringContaining('societe generale'),
    })

    await afterChange((host) => host.api.deleteInterview({ id: ids[7]! }))
    await afterChange((host) => host.api.restoreInterview({ id: ids[7]! }))
    const logged = await afterChange((host) =>
      host.api.logAttempt({
        interviewId: ids[10]!,
        attempt: { kind: 'thank-you', date: '2026-03-01', channel: 'email' },
      }),
    )
    expect(logged.list.find((i) => i.id === ids[10])?.next?.kind).not.toBe('thank-you')
    await afterChange(async (host) => {
      const view = await host.api.getFollowUps({ interviewId: ids[10]! })
      await host.api.deleteAttempt({ interviewId: ids[10]!, attemptId: view.attempts[0]!.id })
    })
    await afterChange((host) =>
      host.api.snoozeAction({ interviewId: ids[12]!, key: 'thank-you', until: '2026-03-13' }),
    )
    await afterChange((host) => host.api.dismissAction({ interviewId: ids[13]!, key: 'thank-you' }))
    await afterChange((host) =>
      host.api.updateSettings({ patch: { holidays: ['2026-03-11', '2026-03-12'] } }),
    )
    const created = await afterChange((host) =>
      host.api.createInterview({
        draft: { company: 'Latest', role: 'Lead', interviewDate: '2026-03-10' },
      }),
    )
    expect(created.list[0]?.company).toBe('Latest')
    expect(created.today.counts.dueToday).toBe(created.dueToday.length)
  })
})

describe('getToday and its pages', () => {
  it('says when the store is empty, and which interview is the example', async () => {
    const { host } = hostIn(dir, clock())
    expect(await host.api.getToday()).toMatchObject({
      empty: true,
      example: null,
      counts: { overdue: 0, dueToday: 0, upcoming: 0 },
    })
    const example = await host.api.addExampleInterview()
    expect(await host.api.getToday()).toMatchObject({
      empty: false,
      example: { id: example.id, company: example.company, role: example.role },
    })
  })

  it('sends the first rows of each group with the counts; pages give the rest in order', async () => {
    const { host } = hostIn(dir, clock())
    await seed(host)
    const today = await host.api.getToday()
    expect(today.counts.overdue).toBeGreaterThan(TODAY_FIRST_ROWS)
    expect(today.overdue).toHaveLength(TODAY_FIRST_ROWS)
    const first = await host.api.getAgendaPage({ group: 'overdue', offset: 0, limit: 30 })
    const second = await host.api.getAgendaPage({ group: 'overdue', offset: 30, limit: 200 })
    expect(first.rows.slice(0, TODAY_FIRST_ROWS)).toEqual(today.overdue)
    expect(first.total).toBe(today.counts.overdue)
    expect([...first.rows, ...second.rows]).toHaveLength(today.counts.overdue)
    const days = [...first.rows, ...second.rows].map((r) => r.effectiveDue)
    expect(days).toEqual([...days].sort())
    expect(first.rows[0]!.action.reason).not.toBe('')
  })

  it('refuses a page it cannot give, saying why', async () => {
    const { host } = hostIn(dir, clock())
    const bad = [
      [{ group: 'later', offset: 0, limit: 10 }, 'That is not a group on the Today screen.'],
      [{ group: 'overdue', offset: -1, limit: 10 }, 'The offset can’t be negative.'],
      [{ group: 'overdue', offset: 0, limit: 5000 }, 'The page size can be at most 200.'],
    ] as const
    for (const [input, message] of bad) {
      const err = await rejection(host.call('getAgendaPage', input))
      expect(err.code).toBe('invalid-input')
      expect(err.message).toContain(message)
    }
  })
})

describe('listInterviews', () => {
  it('sends summary rows without notes or other long text; getInterview has the whole record', async () => {
    const { host } = hostIn(dir, clock())
    const created = await host.api.createInterview({
      draft: {
        company: 'Acme',
        role: 'Designer',
        interviewDate: '2026-03-02',
        notes: 'A long private note',
        topics: 'Roadmaps',
        interviewers: [{ firstName: 'Dana', lastName: 'Lee' }],
      },
    })
    const [row] = await host.api.listInterviews()
    expect(Object.keys(row!).sort()).toEqual(
      [
        'company',
        'createdAt',
        'id',
        'interviewDate',
        'interviewTime',
        'next',
        'outcome',
        'role',
        'search',
        'updatedAt',
      ].sort(),
    )
    expect(row!.search).toBe('acme\ndesigner\n\n\ndana lee')
    expect(row!.next).toEqual({
      kind: 'thank-you',
      due: '2026-03-02',
      channel: 'email',
      key: 'thank-you',
    })
    expect(await host.api.getInterview({ id: created.id })).toMatchObject({
      notes: 'A long private note',
    })
  })
})

/**
 * A host started on enough interviews that `build` takes many slices, and the same two writes
 * made while it runs, landing between the slices: the fourth interview moved, the eighth deleted.
 */
async function writesDuring<T>(
  build: (host: Host) => Promise<T>,
  company: string,
  interviewDate: string,
) {
  const ids = writeManyInterviews(dir, 3000, '2026-03-10').map((i) => i.id)
  const { host } = hostIn(dir, clock())
  const building = build(host)
  await host.api.updateInterview({
    id: ids[3]!,
    draft: { company, role: 'Designer', interviewDate },
  })
  await host.api.deleteInterview({ id: ids[7]! })
  return { host, ids, built: await building }
}

describe('the list built in the background after a start', () => {
  it('takes in the writes made while it was being built', async () => {
    const {
      host,
      ids,
      built: list,
    } = await writesDuring((h) => h.api.listInterviews(), 'Renamed while listing', '2026-02-28')
    expect(list.find((i) => i.id === ids[3])).toMatchObject({ company: 'Renamed while listing' })
    expect(list.some((i) => i.id === ids[7])).toBe(false)
    await host.dispose()
    expect(inIdOrder(list)).toEqual(inIdOrder(await hostIn(dir, clock()).host.api.listInterviews()))
    list.slice(1).forEach((row, i) => expect(newestInterviewFirst(list[i]!, row)).toBeLessThan(1))
  })
})

describe('the agenda built in the background after a start', () => {
  it('takes in the writes made while it was being built', async () => {
    // The reminder check waits for the agenda, which is built a slice at a time meanwhile.
    const { host, ids } = await writesDuring(
      (h) => h.reminders.check(),
      'Moved while building',
      '2026-03-09',
    )
    const steps = async (h: Host) => {
      const rows = []
      for (const group of ['overdue', 'dueToday', 'upcoming'] as const) {
        for (let offset = 0; ; offset += 200) {
          const page = await h.api.getAgendaPage({ group, offset, limit: 200 })
          rows.push(...page.rows)
          if (offset + 200 >= page.total) break
        }
      }
      return {
        counts: (await h.api.getToday()).counts,
        // Seeded interviews tie in order, and ties may sit either way.
        rows: rows.map((r) => `${r.interviewId}|${r.action.key}|${r.effectiveDue}`).sort(),
      }
    }
    const kept = await steps(host)
    expect(kept.rows.some((r) => r.startsWith(`${ids[3]}|`))).toBe(true)
    expect(kept.rows.some((r) => r.startsWith(`${ids[7]}|`))).toBe(false)
    await host.dispose()
    expect(kept).toEqual(await steps(hostIn(dir, clock()).host))
  })
})
