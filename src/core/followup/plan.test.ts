import { afterEach, describe, expect, it } from 'vitest'
import { addCalendarDays, daysBetween } from './business-days'
import { planFollowUps } from './plan'
import type { Channel, PlanInput, PlannedAction, Timeframe } from './plan'

type Attempts = PlanInput['attempts']

const base: PlanInput = {
  interviewDate: '2026-01-05', // a Monday
  timeframe: { kind: 'open' },
  viaRecruiter: false,
  doNotContact: false,
  outcome: 'pending',
  attempts: [],
  holidays: [],
}

function plan(over: Partial<PlanInput> = {}): PlannedAction[] {
  return planFollowUps({ ...base, ...over })
}

function find(actions: PlannedAction[], kind: PlannedAction['kind']): PlannedAction | undefined {
  return actions.find((a) => a.kind === kind)
}

function checkDue(over: Partial<PlanInput>): string | undefined {
  return find(plan(over), 'status-check')?.due
}

function checks(...dates: string[]): Attempts {
  return dates.map((date, i) => ({
    kind: 'status-check',
    date,
    channel: i === 1 ? 'phone' : 'email',
  }))
}

const originalTz = process.env.TZ
afterEach(() => {
  process.env.TZ = originalTz
})

describe('T1 thank-you', () => {
  it.each([
    ['T1 due on the interview day (Monday)', '2026-01-05', '2026-01-05'],
    ['T1 a Saturday interview still thanks on the Saturday', '2026-01-10', '2026-01-10'],
    ['T1 leap day', '2028-02-29', '2028-02-29'],
  ])('%s', (_name, interviewDate, due) => {
    expect(find(plan({ interviewDate }), 'thank-you')).toMatchObject({ due, channel: 'email' })
  })

  it('T1 a logged thank-you is not planned again', () => {
    const attempts: Attempts = [{ kind: 'thank-you', date: '2026-01-05', channel: 'email' }]
    expect(find(plan({ attempts }), 'thank-you')).toBeUndefined()
  })

  it('T1 a thank-you logged late still counts', () => {
    const attempts: Attempts = [{ kind: 'thank-you', date: '2026-01-09', channel: 'note' }]
    expect(find(plan({ attempts }), 'thank-you')).toBeUndefined()
  })
})

describe('T2 recruiter debrief', () => {
  it.each([
    ['T2 through a recruiter: a call on the interview day', true, [], '2026-01-05'],
    ['T2 no recruiter: no debrief', false, [], undefined],
    [
      'T2 a logged debrief is not planned again',
      true,
      [{ kind: 'recruiter-debrief', date: '2026-01-05', channel: 'phone' }] as Attempts,
      undefined,
    ],
  ])('%s', (_name, viaRecruiter, attempts, due) => {
    const debrief = find(plan({ viaRecruiter, attempts }), 'recruiter-debrief')
    expect(debrief?.due).toBe(due)
    if (due) expect(debrief?.channel).toBe('phone')
  })
})

describe('T3 first status check, timeframe given: 2 business days after the window ends', () => {
  it.each<[string, string, Timeframe, string[], string]>([
    [
      'T3 by a date (Fri Jan 9) -> Tue',
      '2026-01-05',
      { kind: 'date', date: '2026-01-09' },
      [],
      '2026-01-13',
    ],
    [
      'T3 a date on the interview day itself',
      '2026-01-05',
      { kind: 'date', date: '2026-01-05' },
      [],
      '2026-01-07',
    ],
    [
      'T3 10 calendar days (Thu) -> Mon',
      '2026-01-05',
      { kind: 'days', days: 10 },
      [],
      '2026-01-19',
    ],
    [
      'T3 5 business days (Mon) -> Wed',
      '2026-01-05',
      { kind: 'days', days: 5, business: true },
      [],
      '2026-01-14',
    ],
    [
      'T3 5 days, business: false, ends Sat -> Tue',
      '2026-01-05',
      { kind: 'days', days: 5, business: false },
      [],
      '2026-01-13',
    ],
    [
      'T3 0 days: counted from the interview day',
      '2026-01-05',
      { kind: 'days', days: 0 },
      [],
      '2026-01-07',
    ],
    ['T3 1 week', '2026-01-05', { kind: 'weeks', weeks: 1 }, [], '2026-01-14'],
    ['T3 2 weeks', '2026-01-05', { kind: 'weeks', weeks: 2 }, [], '2026-01-21'],
    [
      'T3 + T9 a holiday after the window pushes the check',
      '2026-01-05',
      { kind: 'weeks', weeks: 2 },
      ['2026-01-20'],
      '2026-01-22',
    ],
    [
      'T3 + T9 a holiday inside the business-day window',
      '2026-05-18',
      { kind: 'days', days: 5, business: true },
      ['2026-05-25'],
      '2026-05-28',
    ],
    [
      'T3 month end: window ends Sat Jan 31',
      '2026-01-28',
      { kind: 'days', days: 3 },
      [],
      '2026-02-03',
    ],
    [
      'T3 year end: window ends on the New Year holiday',
      '2026-12-29',
      { kind: 'days', days: 3 },
      ['2027-01-01'],
      '2027-01-05',
    ],
    [
      'T3 year end: business days across New Year',
      '2026-12-29',
      { kind: 'days', days: 3, business: true },
      ['2027-01-01'],
      '2027-01-06',
    ],
    ['T3 leap day: window ends Feb 29', '2028-02-28', { kind: 'days', days: 1 }, [], '2028-03-02'],
    ['T3 leap day interview + 1 week', '2028-02-29', { kind: 'weeks', weeks: 1 }, [], '2028-03-09'],
    ['T3 a date of Feb 29', '2028-02-25', { kind: 'date', date: '2028-02-29' }, [], '2028-03-02'],
  ])('%s', (_name, interviewDate, timeframe, holidays, due) => {
    expect(checkDue({ interviewDate, timeframe, holidays })).toBe(due)
  })

  it('T3 the first check is attempt 1', () => {
    expect(find(plan({ timeframe: { kind: 'weeks', weeks: 2 } }), 'status-check')).toMatchObject({
      attemptNumber: 1,
    })
  })
})

describe('T4 first status check, open-ended: 8 calendar days, then the next business day', () => {
  it.each([
    ['T4 Monday -> Tuesday a week later', '2026-01-05', [], '2026-01-13'],
    ['T4 Thursday -> Friday a week later', '2026-01-08', [], '2026-01-16'],
    ['T4 Friday -> lands Saturday -> Monday', '2026-01-09', [], '2026-01-19'],
    ['T4 Saturday -> lands Sunday -> Monday', '2026-01-10', [], '2026-01-19'],
    ['T4 + T9 lands on a holiday -> next day', '2026-01-05', ['2026-01-13'], '2026-01-14'],
    ['T4 + T9 lands on a Monday holiday -> Tuesday', '2026-05-17', ['2026-05-25'], '2026-05-26'],
    ['T4 year end', '2026-12-29', [], '2027-01-06'],
    [
      'T4 year end: lands on New Year holiday, then weekend',
      '2026-12-24',
      ['2027-01-01'],
      '2027-01-04',
    ],
    ['T4 lands on leap day', '2028-02-21', [], '2028-02-29'],
    ['T4 month end: Jan 23 -> Sat Jan 31 -> Mon Feb 2', '2026-01-23', [], '2026-02-02'],
  ])('%s', (_name, interviewDate, holidays, due) => {
    expect(checkDue({ interviewDate, holidays, timeframe: { kind: 'open' } })).toBe(due)
  })

  it('T4 never exactly 7 days, for every interview day of 2026 and 2028, holidays or not', () => {
    const holidays = ['2026-01-13', '2026-05-25', '2026-12-25', '2028-02-29', '2028-12-26']
    for (const start of ['2026-01-01', '2028-01-01']) {
      for (let i = 0; i < 366; i++) {
        const interviewDate = addCalendarDays(start, i)
        for (const hs of [[], holidays]) {
          const gap = daysBetween(interviewDate, checkDue({ interviewDate, holidays: hs })!)
          expect(gap).toBeGreaterThanOrEqual(8)
          expect(gap).toBeLessThanOrEqual(11)
        }
      }
    }
  })
})

describe('T5 later checks: 7 days after the previous check, next business day', () => {
  it.each<[string, Attempts, string[], number, string]>([
    ['T5 second check a week after the first (Tue)', checks('2026-01-13'), [], 2, '2026-01-20'],
    ['T5 from a Friday check', checks('2026-01-16'), [], 2, '2026-01-23'],
    ['T5 a check made on Saturday -> Monday', checks('2026-01-17'), [], 2, '2026-01-26'],
    ['T5 + T9 lands on a holiday', checks('2026-05-18'), ['2026-05-25'], 2, '2026-05-26'],
    [
      'T5 third check a week after the second',
      checks('2026-01-13', '2026-01-20'),
      [],
      3,
      '2026-01-27',
    ],
    ['T5 counts from the actual (late) date', checks('2026-02-10'), [], 2, '2026-02-17'],
    ['T5 attempts logged out of order', checks('2026-01-20', '2026-01-13'), [], 3, '2026-01-27'],
    ['T5 year end', checks('2026-12-28'), [], 2, '2027-01-04'],
    [
      'T5 year end: lands on New Year holiday',
      checks('2026-12-25'),
      ['2027-01-01'],
      2,
      '2027-01-04',
    ],
    ['T5 lands on leap day', checks('2028-02-22'), [], 2, '2028-02-29'],
  ])('%s', (_name, attempts, holidays, attemptNumber, due) => {
    const all = plan({ attempts, holidays }).filter((a) => a.kind === 'status-check')
    expect(all).toHaveLength(1)
    expect(all[0]).toMatchObject({ attemptNumber, due })
  })

  it('T5 only the next check is planned, whatever the timeframe', () => {
    const actions = plan({ timeframe: { kind: 'weeks', weeks: 2 }, attempts: checks('2026-01-21') })
    expect(actions.filter((a) => a.kind === 'status-check')).toEqual([
      expect.objectContaining({ attemptNumber: 2, due: '2026-01-28' }),
    ])
  })
})

describe('T6 three strikes', () => {
  it.each<[string, Attempts, string]>([
    [
      'T6 move on 7 days after the third check',
      checks('2026-01-13', '2026-01-20', '2026-01-27'),
      '2026-02-03',
    ],
    [
      'T6 a weekend move-on date is not moved (no one is contacted)',
      checks('2026-01-13', '2026-01-20', '2026-01-24'),
      '2026-01-31',
    ],
    ['T6 year end', checks('2026-12-08', '2026-12-15', '2026-12-29'), '2027-01-05'],
    [
      'T6 more than three logged: 7 days after the latest',
      checks('2026-01-13', '2026-01-20', '2026-01-27', '2026-02-03'),
      '2026-02-10',
    ],
  ])('%s', (_name, attempts, due) => {
    const actions = plan({ attempts })
    expect(actions.filter((a) => a.kind === 'status-check')).toEqual([])
    expect(find(actions, 'move-on')).toEqual({
      kind: 'move-on',
      due,
      reason: expect.any(String),
    })
  })

  it('T6 two checks are not yet three strikes', () => {
    expect(find(plan({ attempts: checks('2026-01-13', '2026-01-20') }), 'move-on')).toBeUndefined()
  })
})

describe('T7 do not contact', () => {
  it.each<[string, boolean, Attempts, string[]]>([
    ['T7 only the thank-you stays', false, [], ['thank-you']],
    [
      'T7 the recruiter debrief stays (the recruiter is on the user’s side)',
      true,
      [],
      ['thank-you', 'recruiter-debrief'],
    ],
    ['T7 no further check after one was made', false, checks('2026-01-13'), ['thank-you']],
    [
      'T7 no move-on after three checks',
      false,
      checks('2026-01-13', '2026-01-20', '2026-01-27'),
      ['thank-you'],
    ],
    [
      'T7 nothing left once the thank-you is done',
      false,
      [{ kind: 'thank-you', date: '2026-01-05', channel: 'email' }],
      [],
    ],
  ])('%s', (_name, viaRecruiter, attempts, kinds) => {
    const actions = plan({ doNotContact: true, viaRecruiter, attempts })
    expect(actions.map((a) => a.kind)).toEqual(kinds)
  })
})

describe('T8 a decided interview plans nothing', () => {
  it.each(['offer', 'rejected', 'withdrawn', 'next-round'] as const)(
    'T8 outcome %s -> []',
    (outcome) => {
      expect(plan({ outcome, viaRecruiter: true, timeframe: { kind: 'weeks', weeks: 2 } })).toEqual(
        [],
      )
    },
  )

  it('T8 pending still plans', () => {
    expect(plan({ outcome: 'pending' })).toHaveLength(2)
  })

  it('T8 a decided interview with impossible input still throws', () => {
    expect(() => plan({ outcome: 'offer', interviewDate: '2026-02-30' })).toThrow(RangeError)
  })
})

describe('T9 dates never depend on the machine time zone or DST', () => {
  // Each row sits on a DST change in at least one of the zones below.
  const rows: [string, Partial<PlanInput>, string][] = [
    ['US spring forward (Mar 8), open', { interviewDate: '2026-03-06' }, '2026-03-16'],
    [
      'US spring forward, 1 week',
      { interviewDate: '2026-03-05', timeframe: { kind: 'weeks', weeks: 1 } },
      '2026-03-16',
    ],
    [
      'US fall back (Nov 1), 2 days',
      { interviewDate: '2026-10-30', timeframe: { kind: 'days', days: 2 } },
      '2026-11-03',
    ],
    ['US fall back, second check', { attempts: checks('2026-11-01') }, '2026-11-09'],
    ['EU spring forward (Mar 29), open', { interviewDate: '2026-03-27' }, '2026-04-06'],
    [
      'EU fall back (Oct 25), 1 business day',
      { interviewDate: '2026-10-23', timeframe: { kind: 'days', days: 1, business: true } },
      '2026-10-28',
    ],
    ['Sydney fall back (Apr 5), open', { interviewDate: '2026-04-03' }, '2026-04-13'],
    [
      'Sydney spring forward (Oct 4), 1 week',
      { interviewDate: '2026-10-02', timeframe: { kind: 'weeks', weeks: 1 } },
      '2026-10-13',
    ],
  ]
  const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney']

  describe.each(zones)('T9 in %s', (zone) => {
    it.each(rows)('T9 %s', (_name, over, due) => {
      process.env.TZ = zone
      expect(checkDue(over)).toBe(due)
    })
  })

  it('T9 a whole year of plans is identical in every zone', () => {
    const holidays = ['2026-03-09', '2026-04-06', '2026-10-26', '2026-11-02', '2026-12-25']
    const timeframes: Timeframe[] = [
      { kind: 'open' },
      { kind: 'days', days: 3, business: true },
      { kind: 'weeks', weeks: 1 },
    ]
    const year = (): PlannedAction[][] => {
      const out: PlannedAction[][] = []
      for (let i = 0; i < 365; i++) {
        const interviewDate = addCalendarDays('2026-01-01', i)
        for (const timeframe of timeframes) out.push(plan({ interviewDate, timeframe, holidays }))
        out.push(plan({ interviewDate, holidays, attempts: checks(interviewDate) }))
      }
      return out
    }
    process.env.TZ = 'UTC'
    const utc = year()
    for (const zone of zones.slice(1)) {
      process.env.TZ = zone
      expect(year()).toEqual(utc)
    }
  })
})

describe('T10 every action carries one plain sentence of reason', () => {
  const ROOM = 'two business days past that gives them room to finish before you ask.'
  it.each<[string, Partial<PlanInput>, PlannedAction['kind'], string]>([
    [
      'T10 thank-you',
      {},
      'thank-you',
      'Thank them on the day, while the conversation is still fresh for everyone.',
    ],
    [
      'T10 debrief',
      { viaRecruiter: true },
      'recruiter-debrief',
      'Call your recruiter on the day: they can pass on how it went and raise any worry with the employer for you.',
    ],
    [
      'T10 two weeks',
      { timeframe: { kind: 'weeks', weeks: 2 } },
      'status-check',
      `They said two weeks (until Mon, Jan 19): ${ROOM}`,
    ],
    [
      'T10 one week',
      { timeframe: { kind: 'weeks', weeks: 1 } },
      'status-check',
      `They said one week (until Mon, Jan 12): ${ROOM}`,
    ],
    [
      'T10 five business days',
      { timeframe: { kind: 'days', days: 5, business: true } },
      'status-check',
      `They said five business days (until Mon, Jan 12): ${ROOM}`,
    ],
    [
      'T10 fourteen days, in words like every other small number',
      { timeframe: { kind: 'days', days: 14 } },
      'status-check',
      `They said fourteen days (until Mon, Jan 19): ${ROOM}`,
    ],
    [
      'T10 thirty days',
      { timeframe: { kind: 'days', days: 30 } },
      'status-check',
      `They said 30 days (until Wed, Feb 4): ${ROOM}`,
    ],
    [
      'T10 same day',
      { timeframe: { kind: 'days', days: 0 } },
      'status-check',
      `They hoped to decide on the day itself: ${ROOM}`,
    ],
    [
      'T10 a date, written as everywhere else in the app',
      { timeframe: { kind: 'date', date: '2026-01-09' } },
      'status-check',
      `They expected to decide by Fri, Jan 9: ${ROOM}`,
    ],
    [
      'T10 open',
      {},
      'status-check',
      'No timeframe given, so a little over a week: exactly seven days can feel like a reminder set on a timer.',
    ],
    [
      'T10 open, moved past the weekend',
      { interviewDate: '2026-01-09' },
      'status-check',
      'No timeframe given, so a little over a week (moved past the weekend): exactly seven days can feel like a reminder set on a timer.',
    ],
    [
      'T10 open, moved past a holiday',
      { holidays: ['2026-01-13'] },
      'status-check',
      'No timeframe given, so a little over a week (moved past a holiday): exactly seven days can feel like a reminder set on a timer.',
    ],
    [
      'T10 second check',
      { attempts: checks('2026-01-13') },
      'status-check',
      'A week after your last check on Tue, Jan 13: often enough to stay in mind, not so often that it feels like pressure.',
    ],
    [
      'T10 second check, moved',
      { attempts: checks('2026-01-17') },
      'status-check',
      'A week after your last check on Sat, Jan 17 (moved past the weekend): often enough to stay in mind, not so often that it feels like pressure.',
    ],
    [
      'T10 third check after two unanswered: says it is the last',
      { attempts: checks('2026-01-13', '2026-01-20') },
      'status-check',
      'A week after your last check on Tue, Jan 20; two in a row went unanswered, so this is the last before moving on.',
    ],
    [
      'T10 a date given on a check',
      { attempts: [{ ...checks('2026-01-13')[0]!, answered: true, decisionBy: '2026-01-30' }] },
      'status-check',
      `They said they would decide by Fri, Jan 30: ${ROOM}`,
    ],
    [
      'T10 move on',
      { attempts: checks('2026-01-13', '2026-01-20', '2026-01-27') },
      'move-on',
      'Three checks in a row went unanswered: time to let this one go and put your energy into what comes next.',
    ],
  ])('%s', (_name, over, kind, reason) => {
    expect(find(plan(over), kind)?.reason).toBe(reason)
  })

  it('T10 no reason uses jargon, digits for small numbers, or another date style', () => {
    const timeframes: Timeframe[] = [
      { kind: 'open' },
      { kind: 'date', date: '2026-03-13' },
      { kind: 'days', days: 2 },
      { kind: 'days', days: 10, business: true },
      { kind: 'weeks', weeks: 3 },
    ]
    for (const timeframe of timeframes) {
      for (let n = 0; n <= 3; n++) {
        const attempts = checks(...['2026-03-20', '2026-03-27', '2026-04-03'].slice(0, n))
        for (const a of plan({
          timeframe,
          attempts,
          viaRecruiter: true,
          interviewDate: '2026-03-02',
        })) {
          // Every date is "Fri, Mar 13"; once those are taken out, no digit is left.
          const withoutDays = a.reason.replace(
            /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}\b/g,
            '',
          )
          expect(withoutDays, a.reason).not.toMatch(/\d/)
          expect(a.reason).not.toMatch(/window|\b(?:March|April|Monday|Friday)\b/)
        }
      }
    }
  })

  it('T10 every reason in a wide sweep is a single sentence', () => {
    for (const workplace of ['personal', undefined] as const) {
      for (let n = 0; n <= 4; n++) {
        const attempts = checks(
          ...['2026-01-13', '2026-01-20', '2026-01-27', '2026-02-03'].slice(0, n),
        )
        for (const a of plan({ workplace, attempts, viaRecruiter: true })) {
          expect(a.reason).toMatch(/^[A-Z][^\n]*[.]$/)
          expect(a.reason).not.toMatch(/[.!?] [A-Z]/)
        }
      }
    }
  })
})

describe('ordering', () => {
  it('earliest due first; thank-you, then debrief, then check on the same day', () => {
    const actions = plan({ viaRecruiter: true, timeframe: { kind: 'days', days: 0 } })
    expect(actions.map((a) => [a.kind, a.due])).toEqual([
      ['thank-you', '2026-01-05'],
      ['recruiter-debrief', '2026-01-05'],
      ['status-check', '2026-01-07'],
    ])
  })

  it('an overdue thank-you comes before a later check', () => {
    const actions = plan({ attempts: checks('2026-01-13') })
    expect(actions.map((a) => a.kind)).toEqual(['thank-you', 'status-check'])
  })
})

describe('C1–C3 channels', () => {
  const nthCheck = (n: number, over: Partial<PlanInput>): Channel | undefined => {
    const dates = ['2026-01-13', '2026-01-20'].slice(0, n - 1)
    return find(plan({ ...over, attempts: checks(...dates) }), 'status-check')?.channel
  }

  it.each<[string, Partial<PlanInput>, [Channel, Channel, Channel], Channel]>([
    [
      'C1 default: email, phone, email; thank-you by email',
      {},
      ['email', 'phone', 'email'],
      'email',
    ],
    [
      'C2 digital office: all email',
      { workplace: 'digital' },
      ['email', 'email', 'email'],
      'email',
    ],
    [
      'C2 phone job: all phone, thank-you still email',
      { workplace: 'phone' },
      ['phone', 'phone', 'phone'],
      'email',
    ],
    [
      'C2 personal touch: hand-written thank-you, checks by C1',
      { workplace: 'personal' },
      ['email', 'phone', 'email'],
      'note',
    ],
    [
      'C1 preferred email beats a phone job',
      { workplace: 'phone', preferredChannel: 'email' },
      ['email', 'email', 'email'],
      'email',
    ],
    [
      'C1 preferred phone beats a digital office',
      { workplace: 'digital', preferredChannel: 'phone' },
      ['phone', 'phone', 'phone'],
      'email',
    ],
    [
      'C1 preferred note for checks',
      { preferredChannel: 'note' },
      ['note', 'note', 'note'],
      'email',
    ],
    [
      'C1 preferred email leaves the hand-written thank-you alone',
      { workplace: 'personal', preferredChannel: 'email' },
      ['email', 'email', 'email'],
      'note',
    ],
  ])('%s', (_name, over, expected, thankYou) => {
    expect([1, 2, 3].map((n) => nthCheck(n, over))).toEqual(expected)
    const actions = plan({ ...over, viaRecruiter: true })
    expect(find(actions, 'thank-you')?.channel).toBe(thankYou)
    expect(find(actions, 'recruiter-debrief')?.channel).toBe('phone')
  })

  it('C1 move-on has no channel', () => {
    const move = find(
      plan({ attempts: checks('2026-01-13', '2026-01-20', '2026-01-27') }),
      'move-on',
    )
    expect(move).not.toHaveProperty('channel')
  })

  it('C3 no combination ever suggests a text message', () => {
    const seen = new Set<string>()
    for (const workplace of [undefined, 'digital', 'phone', 'personal'] as const) {
      for (const preferredChannel of [undefined, 'email', 'phone', 'note'] as const) {
        for (let n = 1; n <= 3; n++) {
          seen.add(nthCheck(n, { workplace, preferredChannel })!)
        }
        for (const a of plan({ workplace, preferredChannel, viaRecruiter: true })) {
          if (a.channel) seen.add(a.channel)
        }
      }
    }
    expect([...seen].sort()).toEqual(['email', 'note', 'phone'])
  })
})

describe('impossible input throws a RangeError naming the field', () => {
  const tf = (timeframe: unknown): Partial<PlanInput> => ({ timeframe: timeframe as Timeframe })
  const attempt = (a: object): Partial<PlanInput> => ({
    attempts: [{ kind: 'status-check', date: '2026-01-13', channel: 'email', ...a } as Attempts[0]],
  })

  it.each<[string, Partial<PlanInput>, string]>([
    ['malformed interview date (Feb 30)', { interviewDate: '2026-02-30' }, 'interviewDate'],
    ['unpadded interview date', { interviewDate: '2026-1-5' }, 'interviewDate'],
    ['empty interview date', { interviewDate: '' }, 'interviewDate'],
    ['Feb 29 in a common year', { interviewDate: '2026-02-29' }, 'interviewDate'],
    ['malformed timeframe date', tf({ kind: 'date', date: '2026-13-01' }), 'timeframe.date'],
    [
      'timeframe date before the interview',
      tf({ kind: 'date', date: '2026-01-02' }),
      'timeframe.date',
    ],
    ['negative days', tf({ kind: 'days', days: -1 }), 'timeframe.days'],
    ['fractional days', tf({ kind: 'days', days: 1.5 }), 'timeframe.days'],
    ['NaN days', tf({ kind: 'days', days: Number.NaN }), 'timeframe.days'],
    ['infinite days', tf({ kind: 'days', days: Number.POSITIVE_INFINITY }), 'timeframe.days'],
    ['days as a string', tf({ kind: 'days', days: '5' }), 'timeframe.days'],
    ['absurdly many days', tf({ kind: 'days', days: 100_000 }), 'timeframe.days'],
    [
      'business not a boolean',
      tf({ kind: 'days', days: 5, business: 'yes' }),
      'timeframe.business',
    ],
    ['negative weeks', tf({ kind: 'weeks', weeks: -2 }), 'timeframe.weeks'],
    ['fractional weeks', tf({ kind: 'weeks', weeks: 0.5 }), 'timeframe.weeks'],
    ['unknown timeframe kind', tf({ kind: 'soon' }), 'timeframe.kind'],
    ['missing timeframe', tf(undefined), 'timeframe.kind'],
    ['malformed holiday', { holidays: ['2026-12-25', '2026-12-32'] }, 'holidays[1]'],
    ['malformed attempt date', attempt({ date: '2026-02-29' }), 'attempts[0].date'],
    ['unknown attempt kind', attempt({ kind: 'lunch' }), 'attempts[0].kind'],
    ['C3 an attempt by text message', attempt({ channel: 'text' }), 'attempts[0].channel'],
    ['C3 a preferred channel of text', { preferredChannel: 'text' as Channel }, 'preferredChannel'],
    ['unknown workplace', { workplace: 'remote' as PlanInput['workplace'] }, 'workplace'],
    ['unknown outcome', { outcome: 'ghosted' as PlanInput['outcome'] }, 'outcome'],
    ['viaRecruiter not a boolean', { viaRecruiter: 'yes' as unknown as boolean }, 'viaRecruiter'],
    ['doNotContact missing', { doNotContact: undefined as unknown as boolean }, 'doNotContact'],
  ])('%s -> %s', (_name, over, field) => {
    let error: unknown
    try {
      plan(over)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(RangeError)
    expect((error as Error).message.startsWith(`${field} `)).toBe(true)
  })

  it('says which date is before which', () => {
    expect(() => plan(tf({ kind: 'date', date: '2026-01-02' }))).toThrow(
      new RangeError('timeframe.date (2026-01-02) is before the interview date (2026-01-05)'),
    )
  })
})
