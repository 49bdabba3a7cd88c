import { afterEach, describe, expect, it } from 'vitest'
import { actionKey, buildAgenda } from './agenda'
import type { AgendaEntry, AgendaOverride } from './agenda'
import type { PlannedAction } from './plan'

const TODAY = '2026-01-20'

function check(attemptNumber: number, due: string): PlannedAction {
  return { kind: 'status-check', attemptNumber, due, channel: 'email', reason: 'Check in.' }
}
function thankYou(due: string): PlannedAction {
  return { kind: 'thank-you', due, channel: 'email', reason: 'Say thanks.' }
}

function entry(
  subject: string,
  actions: PlannedAction[],
  overrides: Record<string, AgendaOverride> = {},
): AgendaEntry<string> {
  return { subject, actions, overrides }
}

type Summary = [string, string, string, number][]
function summary(entries: AgendaEntry<string>[], today = TODAY, horizon?: number) {
  const agenda = buildAgenda(entries, today, horizon)
  const rows = (items: typeof agenda.overdue): Summary =>
    items.map((i) => [i.subject, actionKey(i.action), i.effectiveDue, i.daysOverdue])
  return {
    overdue: rows(agenda.overdue),
    today: rows(agenda.today),
    upcoming: rows(agenda.upcoming),
  }
}

describe('actionKey', () => {
  it.each<[Pick<PlannedAction, 'kind' | 'attemptNumber'>, string]>([
    [{ kind: 'thank-you' }, 'thank-you'],
    [{ kind: 'recruiter-debrief' }, 'recruiter-debrief'],
    [{ kind: 'status-check', attemptNumber: 1 }, 'status-check:1'],
    [{ kind: 'status-check', attemptNumber: 2 }, 'status-check:2'],
    [{ kind: 'move-on' }, 'move-on'],
  ])('%o -> %s', (action, key) => {
    expect(actionKey(action)).toBe(key)
  })
})

describe('buildAgenda', () => {
  it('T10 sorts into overdue (most overdue first), today and upcoming within 14 days', () => {
    const result = summary([
      entry('a', [thankYou('2026-01-13'), check(1, '2026-01-21')]),
      entry('b', [thankYou('2026-01-05'), check(1, '2026-02-03')]),
      entry('c', [thankYou('2026-01-20'), check(1, '2026-02-04')]),
    ])
    expect(result).toEqual({
      overdue: [
        ['b', 'thank-you', '2026-01-05', 15],
        ['a', 'thank-you', '2026-01-13', 7],
      ],
      today: [['c', 'thank-you', '2026-01-20', 0]],
      upcoming: [
        ['a', 'status-check:1', '2026-01-21', 0],
        ['b', 'status-check:1', '2026-02-03', 0], // exactly 14 days: still in
      ],
    })
  })

  it('T10 an overdue action stays on the list however old it is', () => {
    expect(summary([entry('a', [thankYou('2025-06-01')])]).overdue).toEqual([
      ['a', 'thank-you', '2025-06-01', 233],
    ])
  })

  it.each<
    [string, PlannedAction, AgendaOverride, keyof ReturnType<typeof summary>, string, number]
  >([
    [
      'a snooze past today moves it to upcoming',
      thankYou('2026-01-10'),
      { snoozedUntil: '2026-01-25' },
      'upcoming',
      '2026-01-25',
      0,
    ],
    [
      'a snooze until today moves it to today',
      thankYou('2026-01-10'),
      { snoozedUntil: TODAY },
      'today',
      TODAY,
      0,
    ],
    [
      'a snooze still in the past shortens the overdue count',
      thankYou('2026-01-05'),
      { snoozedUntil: '2026-01-18' },
      'overdue',
      '2026-01-18',
      2,
    ],
    [
      'a snooze earlier than the due date changes nothing',
      check(1, '2026-01-25'),
      { snoozedUntil: '2026-01-21' },
      'upcoming',
      '2026-01-25',
      0,
    ],
    [
      'a malformed snooze is ignored, not thrown',
      thankYou('2026-01-10'),
      { snoozedUntil: '2026-02-30' },
      'overdue',
      '2026-01-10',
      10,
    ],
    [
      'dismissed: false keeps it',
      thankYou('2026-01-10'),
      { dismissed: false },
      'overdue',
      '2026-01-10',
      10,
    ],
  ])('%s', (_name, action, override, group, effectiveDue, daysOverdue) => {
    const result = summary([entry('a', [action], { [actionKey(action)]: override })])
    expect(result[group]).toEqual([['a', actionKey(action), effectiveDue, daysOverdue]])
  })

  it.each<[string, AgendaOverride]>([
    ['dismissed', { dismissed: true }],
    ['dismissed while snoozed', { dismissed: true, snoozedUntil: '2026-01-22' }],
    ['snoozed beyond the horizon', { snoozedUntil: '2026-03-01' }],
  ])('%s: left out', (_name, override) => {
    expect(summary([entry('a', [thankYou('2026-01-10')], { 'thank-you': override })])).toEqual({
      overdue: [],
      today: [],
      upcoming: [],
    })
  })

  it('an override for one status check does not touch the next one', () => {
    const result = summary([
      entry('a', [check(2, '2026-01-15')], { 'status-check:1': { dismissed: true } }),
    ])
    expect(result.overdue).toEqual([['a', 'status-check:2', '2026-01-15', 5]])
  })

  it.each<[string, string, number | undefined, PlannedAction[], Summary]>([
    ['horizon 0: only today counts', TODAY, 0, [check(1, '2026-01-21')], []],
    [
      'horizon 1 includes tomorrow',
      TODAY,
      1,
      [check(1, '2026-01-21')],
      [['a', 'status-check:1', '2026-01-21', 0]],
    ],
    [
      'year end: horizon reaches into January',
      '2026-12-25',
      undefined,
      [check(1, '2027-01-08'), check(2, '2027-01-09')],
      [['a', 'status-check:1', '2027-01-08', 0]],
    ],
    [
      'leap year: Feb 15 + 14 = Feb 29',
      '2028-02-15',
      undefined,
      [check(1, '2028-02-29'), check(2, '2028-03-01')],
      [['a', 'status-check:1', '2028-02-29', 0]],
    ],
  ])('upcoming, %s', (_name, today, horizon, actions, upcoming) => {
    expect(summary([entry('a', actions)], today, horizon).upcoming).toEqual(upcoming)
  })

  it.each([
    ['across year end', '2026-12-30', '2027-01-02', 3],
    ['across leap day', '2028-02-28', '2028-03-01', 2],
    ['across a common February end', '2026-02-28', '2026-03-01', 1],
    ['across US DST start', '2026-03-07', '2026-03-09', 2],
  ])('daysOverdue %s', (_name, due, today, days) => {
    expect(summary([entry('a', [thankYou(due)])], today).overdue[0]?.[3]).toBe(days)
  })

  it('keeps input order for equal dates and sorts upcoming by date', () => {
    const result = summary([
      entry('a', [check(1, '2026-01-25')]),
      entry('b', [check(1, '2026-01-22'), thankYou('2026-01-12')]),
      entry('c', [check(1, '2026-01-25'), thankYou('2026-01-12')]),
    ])
    expect(result.overdue.map((r) => r[0])).toEqual(['b', 'c'])
    expect(result.upcoming.map((r) => r[0])).toEqual(['b', 'a', 'c'])
  })

  it('hands back the subject object itself', () => {
    const subject = { id: 7 }
    const agenda = buildAgenda([{ subject, actions: [thankYou(TODAY)], overrides: {} }], TODAY)
    expect(agenda.today[0]?.subject).toBe(subject)
  })

  it.each([
    ['a malformed today', () => buildAgenda([], '2026-02-30')],
    ['a negative horizon', () => buildAgenda([], TODAY, -1)],
    ['a fractional horizon', () => buildAgenda([], TODAY, 1.5)],
  ])('throws a RangeError for %s', (_name, call) => {
    expect(call).toThrow(RangeError)
  })
})

describe('buildAgenda at scale', () => {
  const RealDate = Date
  afterEach(() => {
    globalThis.Date = RealDate
  })

  const entries = Array.from({ length: 10_000 }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0')
    return entry(
      `i${i}`,
      [
        thankYou(`2026-01-${day}`),
        check(1, `2026-02-${day}`),
        { kind: 'recruiter-debrief', due: `2026-01-${day}`, channel: 'phone', reason: 'Call.' },
      ],
      i % 10 === 0 ? { 'thank-you': { dismissed: true } } : {},
    )
  })

  it('makes no Date per item for 10,000 interviews', () => {
    let made = 0
    globalThis.Date = class extends RealDate {
      constructor(...args: ConstructorParameters<typeof Date>) {
        super(...args)
        made++
      }
    } as DateConstructor
    const agenda = buildAgenda(entries, TODAY)
    globalThis.Date = RealDate
    expect(agenda.overdue.length + agenda.today.length + agenda.upcoming.length).toBeGreaterThan(
      20_000,
    )
    expect(made).toBeLessThan(10)
  })

  it('groups 10,000 interviews', () => {
    const agenda = buildAgenda(entries, TODAY)
    expect(agenda.overdue[0]).toMatchObject({ effectiveDue: '2026-01-01', daysOverdue: 19 })
    // i % 28 === 19 is the 20th; none of those has i % 10 === 0, so nothing there is dismissed.
    const dueToday = entries.filter((_, i) => i % 28 === 19).length
    expect(dueToday).toBe(357)
    expect(agenda.today).toHaveLength(2 * dueToday)
  })
})
