import { describe, expect, it } from 'vitest'
import { buildAgenda, type AgendaEntry, type AgendaOverride } from './agenda'
import { AgendaIndex, agendaGroups, type AgendaGroup } from './agenda-index'
import { planFollowUps, type PlannedAction } from './plan'

interface Subject {
  id: string
  date: string
}
const newestFirst = (a: Subject, b: Subject) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)
const today = '2026-03-10'

function plan(date: string, viaRecruiter = false): PlannedAction[] {
  return planFollowUps({
    interviewDate: date,
    timeframe: { kind: 'open' },
    viaRecruiter,
    doNotContact: false,
    outcome: 'pending',
    attempts: [],
    holidays: [],
  })
}

/** Many subjects over two months, some sharing a day, so ties are exercised too. */
function entries(n: number): (AgendaEntry<Subject> & { id: string })[] {
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(2026, 2, 10) - (i % 45) * 86_400_000).toISOString().slice(0, 10)
    const overrides: Record<string, AgendaOverride> =
      i % 7 === 0
        ? { 'status-check:1': { snoozedUntil: '2026-03-15' } }
        : i % 11 === 0
          ? { 'thank-you': { dismissed: true } }
          : {}
    return {
      id: `s${i}`,
      subject: { id: `s${i}`, date },
      actions: plan(date, i % 3 === 0),
      overrides,
    }
  })
}

const sorted = (list: AgendaEntry<Subject>[]) =>
  [...list].sort((a, b) => newestFirst(a.subject, b.subject))

/** Every group as a fresh `buildAgenda` over all subjects has it. */
function fresh(list: AgendaEntry<Subject>[]) {
  const a = buildAgenda(sorted(list), today)
  return { overdue: a.overdue, dueToday: a.today, upcoming: a.upcoming }
}

function whole(index: AgendaIndex<Subject>) {
  const all = (g: AgendaGroup) => index.page(g, today, 0, 1e9)
  return { overdue: all('overdue'), dueToday: all('dueToday'), upcoming: all('upcoming') }
}

describe('AgendaIndex', () => {
  it('holds what buildAgenda gives, in the same order, with counts and days overdue', () => {
    const list = entries(300)
    const index = new AgendaIndex<Subject>(newestFirst)
    index.load(list)
    const expected = fresh(list)
    expect(whole(index)).toEqual(expected)
    expect(index.counts(today)).toEqual({
      overdue: expected.overdue.length,
      dueToday: expected.dueToday.length,
      upcoming: expected.upcoming.length,
    })
    expect(expected.overdue.length).toBeGreaterThan(0)
    expect(expected.dueToday.length).toBeGreaterThan(0)
    expect(expected.upcoming.length).toBeGreaterThan(0)
  })

  it('pages a group: offset and limit, clipped at the group’s end', () => {
    const list = entries(200)
    const index = new AgendaIndex<Subject>(newestFirst)
    index.load(list)
    const { overdue } = fresh(list)
    expect(index.page('overdue', today, 10, 5)).toEqual(overdue.slice(10, 15))
    expect(index.page('overdue', today, overdue.length - 2, 10)).toEqual(overdue.slice(-2))
    expect(index.page('overdue', today, overdue.length + 5, 10)).toEqual([])
    expect(index.page('upcoming', today, 0, 3)).toEqual(fresh(list).upcoming.slice(0, 3))
  })

  it('after edits, deletes and new subjects matches a full rebuild', () => {
    const list = entries(150)
    const index = new AgendaIndex<Subject>(newestFirst)
    index.load(list)
    const current = new Map(list.map((e) => [e.id, e]))
    // Move a subject to another day, snooze one, dismiss one, delete two, add one.
    const moves: [string, string][] = [
      ['s3', '2026-03-09'],
      ['s40', '2026-02-01'],
      ['s77', '2026-03-10'],
    ]
    for (const [id, date] of moves) {
      const e = { id, subject: { id, date }, actions: plan(date), overrides: {} }
      current.set(id, e)
      index.set(id, e.subject, e.actions, e.overrides)
    }
    const snoozed = current.get('s12')!
    const later = { 'thank-you': { snoozedUntil: '2026-03-20' } }
    current.set('s12', { ...snoozed, overrides: later })
    index.set('s12', snoozed.subject, snoozed.actions, later)
    for (const id of ['s5', 's90']) {
      current.delete(id)
      index.delete(id)
    }
    const added = {
      id: 'new',
      subject: { id: 'new', date: '2026-03-08' },
      actions: plan('2026-03-08'),
      overrides: {},
    }
    current.set('new', added)
    index.set('new', added.subject, added.actions, added.overrides)

    const rebuilt = fresh([...current.values()])
    const got = whole(index)
    // Subjects that tie (same day) may sit in another order than a rebuild gives them.
    for (const g of agendaGroups) {
      const key = (i: (typeof got)[AgendaGroup][number]) =>
        `${i.effectiveDue}|${i.subject.date}|${i.subject.id}|${i.action.kind}:${i.action.attemptNumber ?? ''}`
      expect(got[g].map(key).sort()).toEqual(rebuilt[g].map(key).sort())
      const days = got[g].map((i) => `${i.effectiveDue}|${i.subject.date}`)
      expect(days).toEqual(rebuilt[g].map((i) => `${i.effectiveDue}|${i.subject.date}`))
    }
    expect(index.has('s5')).toBe(false)
  })

  it('regroups by the day asked for, without re-planning', () => {
    const list = entries(60)
    const index = new AgendaIndex<Subject>(newestFirst)
    index.load(list)
    const tomorrow = '2026-03-11'
    const a = buildAgenda(sorted(list), tomorrow)
    expect(index.counts(tomorrow)).toEqual({
      overdue: a.overdue.length,
      dueToday: a.today.length,
      upcoming: a.upcoming.length,
    })
    expect(index.page('overdue', tomorrow, 0, 1e9)).toEqual(a.overdue)
  })

  it('refuses a day that is not a calendar date', () => {
    expect(() => new AgendaIndex<Subject>(newestFirst).counts('2026-02-30')).toThrow(RangeError)
  })
})
