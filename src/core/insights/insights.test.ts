import { describe, expect, it } from 'vitest'
import type { TakeAnalysis } from '../audio/analyze'
import type { LoggedAttempt } from '../followup/attempt-schema'
import { interviewSchema, type Interview } from '../interview/schema'
import { computeInsights } from './insights'
import { weekStart } from './practice-insights'
import type { InsightInterview, InsightScript, InsightTake, InsightsInput } from './types'

const TODAY = '2026-03-10' // a Tuesday

let n = 0
function interview(over: Partial<Interview> = {}): Interview {
  n++
  return interviewSchema.parse({
    id: `i${n}`,
    company: `Company ${n}`,
    role: 'Designer',
    interviewDate: '2026-02-02', // a Monday
    createdAt: '2026-02-02T12:00:00.000Z',
    updatedAt: '2026-02-02T12:00:00.000Z',
    ...over,
  })
}

type A = Pick<LoggedAttempt, 'kind' | 'date'> & Partial<LoggedAttempt>
function attempts(...list: A[]): LoggedAttempt[] {
  return list.map((a, i) => ({
    id: `a${i}`,
    createdAt: `${a.date}T12:00:00.000Z`,
    channel: 'email',
    note: '',
    answered: false,
    outcome: null,
    ...a,
  }))
}

const entry = (over: Partial<Interview> = {}, ...list: A[]): InsightInterview => ({
  interview: interview(over),
  attempts: attempts(...list),
})

const check = (date: string, channel: LoggedAttempt['channel'], answered = false): A => ({
  kind: 'status-check',
  date,
  channel,
  answered,
})

function analysis(over: Partial<TakeAnalysis> = {}): TakeAnalysis {
  return {
    durationMs: 60_000,
    speakingMs: 45_000,
    silenceMs: 15_000,
    pauses: [],
    longestPauseMs: 1000,
    averageLoudnessDbfs: -20,
    peakDbfs: -3,
    clippedRatio: 0,
    tooQuiet: false,
    clipping: false,
    perNode: [],
    ...over,
  }
}
const take = (createdAt: string, over: Partial<TakeAnalysis> = {}): InsightTake => ({
  createdAt,
  durationMs: over.durationMs ?? 60_000,
  analysis: analysis(over),
})

const builtIn: InsightScript = {
  id: 'follow-up-call',
  name: 'Follow-up call',
  practisedReplies: 0,
  replies: 19,
}

function insights(over: Partial<InsightsInput> = {}) {
  return computeInsights({
    today: TODAY,
    interviews: [],
    holidays: [],
    takes: [],
    scripts: [builtIn],
    weeks: 12,
    ...over,
  })
}

describe('insights from an empty store', () => {
  const empty = insights()
  it.each([
    ['responses', empty.responses],
    ['time to answer', empty.timeToAnswer],
    ['outcomes', empty.outcomes],
    ['timeliness', empty.timeliness],
    ['takes per week', empty.practice.takesPerWeek],
    ['evidence', empty.practice.evidence],
    ['coverage', empty.practice.coverage],
  ])('%s says plainly there is nothing yet', (_name, section) => {
    expect(section.enough).toBe(false)
    expect(section.summary).toMatch(/^No /)
  })

  it('still lists every channel, outcome, bucket and week with zeros', () => {
    expect(empty.responses.byChannel).toEqual([
      { channel: 'email', sent: 0, answered: 0, rate: null },
      { channel: 'phone', sent: 0, answered: 0, rate: null },
      { channel: 'note', sent: 0, answered: 0, rate: null },
    ])
    expect(empty.outcomes.counts.map((c) => c.interviews)).toEqual([0, 0, 0, 0, 0, 0])
    expect(empty.timeToAnswer.buckets.every((b) => b.interviews === 0)).toBe(true)
    expect(empty.timeToAnswer.medianDays).toBeNull()
    expect(empty.practice.weeks).toHaveLength(12)
    expect(empty.practice.weeks.at(-1)!.weekStart).toBe('2026-03-09')
    expect(empty.practice.weeks.every((w) => w.takes === 0 && w.speakingShare === null)).toBe(true)
  })
})

describe('insights from a single interview', () => {
  const one = insights({
    interviews: [
      entry(
        {},
        { kind: 'thank-you', date: '2026-02-02' },
        check('2026-02-11', 'email', true), // due 2026-02-10 (8 days, a Tuesday): a day late
      ),
    ],
  })

  it('counts what there is but says it is too little', () => {
    expect(one.responses.byChannel[0]).toEqual({
      channel: 'email',
      sent: 1,
      answered: 1,
      rate: null,
    })
    expect(one.responses.enough).toBe(false)
    expect(one.responses.summary).toBe(
      'Only 1 status check so far: too few to compare channels. A rate appears once a channel has 3 or more.',
    )
    expect(one.timeToAnswer).toMatchObject({
      interviews: 1,
      medianDays: 9,
      enough: false,
      summary: 'One interview has an answer so far (after 9 days): too few to show a pattern.',
    })
    expect(one.outcomes).toMatchObject({ total: 1, enough: false })
    expect(one.outcomes.summary).toBe(
      'Of 1 interview: 1 still waiting. Too few interviews to show a pattern yet.',
    )
    expect(one.timeliness).toMatchObject({
      onTime: 1,
      late: 1,
      early: 0,
      averageDaysLate: 1,
      enough: false,
    })
  })
})

describe('response rate by channel', () => {
  it.each([
    {
      name: 'a rate only where a channel has three checks',
      checks: [
        check('2026-02-11', 'email', true),
        check('2026-02-18', 'email'),
        check('2026-02-25', 'email'),
        check('2026-02-12', 'phone', true),
      ],
      email: { sent: 3, answered: 1, rate: 1 / 3 },
      phone: { sent: 1, answered: 1, rate: null },
      summary:
        'Email got an answer 1 time out of 3 (33%). Other channels have too few checks to compare yet.',
    },
    {
      name: 'the best channel named when two can be compared',
      checks: [
        check('2026-02-11', 'email'),
        check('2026-02-18', 'email'),
        check('2026-02-25', 'email', true),
        check('2026-02-12', 'phone', true),
        check('2026-02-19', 'phone', true),
        check('2026-02-26', 'phone'),
      ],
      email: { sent: 3, answered: 1, rate: 1 / 3 },
      phone: { sent: 3, answered: 2, rate: 2 / 3 },
      summary: 'Phone calls got an answer 2 times out of 3 (67%).',
    },
  ])('$name', ({ checks, email, phone, summary }) => {
    // Each check on its own interview, so the three-strikes rule never hides one.
    const r = insights({ interviews: checks.map((c) => entry({}, c)) }).responses
    expect(r.byChannel[0]).toMatchObject(email)
    expect(r.byChannel[1]).toMatchObject(phone)
    expect(r.enough).toBe(true)
    expect(r.summary).toBe(summary)
  })

  it('thank-yous and debriefs are not status checks', () => {
    const r = insights({
      interviews: [entry({}, { kind: 'thank-you', date: '2026-02-02', answered: true })],
    }).responses
    expect(r.sent).toBe(0)
  })
})

describe('time from interview to first answer', () => {
  it.each([
    { days: [3, 9, 40], median: 9, buckets: [1, 1, 0, 0, 1] },
    { days: [8, 14, 15, 30], median: 14.5, buckets: [0, 2, 1, 1, 0] },
    { days: [0, 7, 8, 21, 22, 31], median: 14.5, buckets: [2, 1, 1, 1, 1] },
  ])('answers after $days days: median $median', ({ days, median, buckets }) => {
    const list = days.map((d) => {
      const date = new Date(Date.UTC(2026, 0, 5 + d)).toISOString().slice(0, 10)
      // An unanswered check first: only the first *answered* one counts.
      return entry(
        { interviewDate: '2026-01-05' },
        { kind: 'thank-you', date: '2026-01-05' },
        check(date, 'email', true),
      )
    })
    const t = insights({ interviews: list }).timeToAnswer
    expect(t.medianDays).toBe(median)
    expect(t.fastestDays).toBe(Math.min(...days))
    expect(t.slowestDays).toBe(Math.max(...days))
    expect(t.buckets.map((b) => b.interviews)).toEqual(buckets)
    expect(t.enough).toBe(true)
  })
})

describe('outcomes', () => {
  it('tells moved on apart from still waiting (three unanswered checks, T6)', () => {
    const o = insights({
      interviews: [
        entry({ outcome: 'offer' }),
        entry({ outcome: 'rejected' }),
        entry({ outcome: 'withdrawn' }),
        entry({ outcome: 'next-round' }),
        entry({}),
        entry(
          {},
          check('2026-02-11', 'email'),
          check('2026-02-18', 'phone'),
          check('2026-02-25', 'email'),
        ),
      ],
    }).outcomes
    expect(Object.fromEntries(o.counts.map((c) => [c.outcome, c.interviews]))).toEqual({
      pending: 1,
      'next-round': 1,
      offer: 1,
      rejected: 1,
      withdrawn: 1,
      'moved-on': 1,
    })
    expect(o.enough).toBe(true)
    expect(o.summary).toBe(
      'Of 6 interviews: 1 still waiting, 1 a next round, 1 an offer, 1 not selected, 1 withdrawn, 1 moved on.',
    )
  })

  it('leaves out trashed interviews and the example', () => {
    const o = insights({
      interviews: [
        entry({ deletedAt: '2026-03-01T00:00:00.000Z' }),
        entry({ example: true }),
        entry({ outcome: 'offer' }),
      ],
    }).outcomes
    expect(o.total).toBe(1)
  })
})

describe('follow-ups on time or late, against the plan as it stood', () => {
  it.each([
    {
      name: 'thank-you on the day, first check on its due day',
      over: {},
      list: [{ kind: 'thank-you', date: '2026-02-02' }, check('2026-02-10', 'email')] as A[],
      want: { onTime: 2, late: 0, early: 0, unplanned: 0 },
    },
    {
      name: 'thank-you two days late, first check early (too soon, T12)',
      over: {},
      list: [{ kind: 'thank-you', date: '2026-02-04' }, check('2026-02-06', 'email')] as A[],
      want: { onTime: 0, late: 1, early: 1, averageDaysLate: 2 },
    },
    {
      name: 'a second check judged from the first one actually made (T5)',
      // First check made late on Thu 12 Feb: the second is due a week later, Thu 19 Feb.
      over: {},
      list: [check('2026-02-12', 'email'), check('2026-02-19', 'phone')] as A[],
      want: { onTime: 1, late: 1, early: 0 },
    },
    {
      name: 'a timeframe moves the due day (T3): two weeks, then 2 business days',
      over: { timeframe: { kind: 'weeks' as const, weeks: 2 } },
      // Window ends Mon 16 Feb; due Wed 18 Feb.
      list: [check('2026-02-18', 'email')] as A[],
      want: { onTime: 1, late: 0, early: 0 },
    },
    {
      name: 'a check despite "do not contact" was never planned (T7)',
      over: { doNotContact: true },
      list: [check('2026-02-18', 'email')] as A[],
      want: { onTime: 0, late: 0, early: 0, unplanned: 1 },
    },
    {
      name: 'a decided interview is judged as it was while still open (T8)',
      over: { outcome: 'offer' as const },
      list: [check('2026-02-10', 'email', true)] as A[],
      want: { onTime: 1 },
    },
  ])('$name', ({ over, list, want }) => {
    const t = insights({ interviews: [entry(over, ...list)] }).timeliness
    expect(t).toMatchObject(want)
  })

  it('holidays move the due day (T9)', () => {
    const t = insights({
      holidays: ['2026-02-10'],
      interviews: [entry({}, check('2026-02-11', 'email'))],
    }).timeliness
    expect(t.onTime).toBe(1)
  })

  it('says how it went once there are enough', () => {
    const t = insights({
      interviews: [
        entry({}, { kind: 'thank-you', date: '2026-02-02' }, check('2026-02-13', 'email')),
        entry({}, { kind: 'thank-you', date: '2026-02-02' }),
      ],
    }).timeliness
    expect(t.enough).toBe(true)
    expect(t.summary).toBe('2 of 3 follow-ups on the planned day, 1 late (by 3 days on average).')
    expect(t.byKind).toEqual([
      { kind: 'thank-you', early: 0, onTime: 2, late: 0 },
      { kind: 'status-check', early: 0, onTime: 0, late: 1 },
    ])
  })
})

describe('practice over time', () => {
  it.each([
    ['2026-03-09', '2026-03-09'],
    ['2026-03-10', '2026-03-09'],
    ['2026-03-15', '2026-03-09'],
    ['2026-03-16', '2026-03-16'],
    ['2026-01-01', '2025-12-29'],
  ])('the week of %s starts on Monday %s', (day, monday) => {
    expect(weekStart(day)).toBe(monday)
  })

  it('groups takes by week and averages the evidence', () => {
    const p = insights({
      weeks: 4,
      takes: [
        take('2026-02-24T10:00:00', { speakingMs: 30_000, averageLoudnessDbfs: -30 }),
        take('2026-02-26T10:00:00', {
          speakingMs: 40_000,
          averageLoudnessDbfs: -26,
          pauses: [
            { startMs: 0, endMs: 3000 },
            { startMs: 5000, endMs: 8000 },
          ],
        }),
        take('2026-03-10T08:00:00', {
          durationMs: 30_000,
          speakingMs: 24_000,
          averageLoudnessDbfs: -20,
          pauses: [{ startMs: 0, endMs: 2500 }],
        }),
        // Older than the window: counted in the total, not in a week.
        take('2026-01-05T10:00:00'),
      ],
    }).practice
    expect(p.weeks.map((w) => [w.weekStart, w.takes])).toEqual([
      ['2026-02-16', 0],
      ['2026-02-23', 2],
      ['2026-03-02', 0],
      ['2026-03-09', 1],
    ])
    expect(p.weeks[1]).toMatchObject({
      speakingShare: 0.583,
      longPausesPerMinute: 1,
      levelDbfs: -28,
    })
    expect(p.weeks[3]).toMatchObject({ speakingShare: 0.8, longPausesPerMinute: 2, levelDbfs: -20 })
    expect(p.totalTakes).toBe(4)
    expect(p.takesPerWeek).toEqual({
      enough: true,
      summary: '3 takes in the last 4 weeks; the busiest week had 2.',
    })
    expect(p.evidence.enough).toBe(true)
    expect(p.evidence.summary).toBe(
      'Speaking share went from 58% to 80%, long pauses from 1 to 2 a minute, and your level from -28 to -20 dBFS.',
    )
  })

  it.each([
    {
      name: 'one week of takes is no trend',
      takes: [take('2026-03-09T10:00:00'), take('2026-03-10T10:00:00')],
      summary: 'Recordings from one week only: a trend needs at least two weeks to compare.',
    },
    {
      name: 'silent takes have no level to compare',
      takes: [
        take('2026-03-02T10:00:00', { speakingMs: 0 }),
        take('2026-03-09T10:00:00', { speakingMs: 0 }),
      ],
      summary: 'No speech was found in these weeks’ recordings, so there is no trend to show.',
    },
  ])('$name', ({ takes, summary }) => {
    const e = insights({ takes }).practice.evidence
    expect(e).toEqual({ enough: false, summary })
  })

  it.each([
    [1, 4],
    [12, 12],
    [500, 52],
  ])('asking for %i weeks shows %i', (weeks, shown) => {
    expect(insights({ weeks }).practice.weeks).toHaveLength(shown)
  })

  it('reports branch coverage per script', () => {
    const c = insights({
      scripts: [builtIn, { id: 'mine', name: 'Mine', practisedReplies: 2, replies: 4 }],
    }).practice.coverage
    expect(c.scripts).toEqual([
      { scriptId: 'follow-up-call', name: 'Follow-up call', practised: 0, total: 19 },
      { scriptId: 'mine', name: 'Mine', practised: 2, total: 4 },
    ])
    expect(c).toMatchObject({
      enough: true,
      summary: '2 of 23 replies practised across 2 scripts.',
    })
  })
})
