import { afterEach, describe, expect, it } from 'vitest'
import { planFollowUps, unansweredChecksInARow, wasAnswered } from './plan'
import type { Attempt, PlanInput, PlannedAction } from './plan'

// RULES.md T5 (a date given on a check), T6 (unanswered checks in a row) and T11 (who a check
// goes to), as revised. Dates: 2026-01-05 is a Monday; 2026-04-03 is a Friday.

const base: PlanInput = {
  interviewDate: '2026-01-05',
  timeframe: { kind: 'open' },
  viaRecruiter: false,
  doNotContact: false,
  outcome: 'pending',
  attempts: [],
  holidays: [],
}

const plan = (over: Partial<PlanInput> = {}): PlannedAction[] => planFollowUps({ ...base, ...over })
const nextCheck = (over: Partial<PlanInput>) => plan(over).find((a) => a.kind === 'status-check')

/** u = no answer, a = answered, or a YYYY-MM-DD decision date they gave. */
type Said = 'u' | 'a' | string
function log(...entries: [string, Said][]): Attempt[] {
  return entries.map(([date, said]) => ({
    kind: 'status-check',
    date,
    channel: 'email',
    ...(said === 'a'
      ? { answered: true }
      : said === 'u'
        ? {}
        : { answered: true, decisionBy: said }),
  }))
}

const originalTz = process.env.TZ
afterEach(() => {
  process.env.TZ = originalTz
})
const ZONES = ['UTC', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata', 'Pacific/Auckland']

describe('T5 a date given on a check: the next check is two business days after it', () => {
  const rows: [string, Attempt[], string[], string][] = [
    ['a Friday date -> the Tuesday after', log(['2026-03-10', '2026-04-03']), [], '2026-04-07'],
    ['a Wednesday date -> the Friday', log(['2026-03-10', '2026-03-25']), [], '2026-03-27'],
    ['a Thursday date -> the Monday', log(['2026-03-10', '2026-03-26']), [], '2026-03-30'],
    ['a Saturday date -> the Tuesday', log(['2026-03-10', '2026-03-28']), [], '2026-03-31'],
    [
      'a holiday after the date is skipped',
      log(['2026-03-10', '2026-04-03']),
      ['2026-04-06'],
      '2026-04-08',
    ],
    ['the date is the day of the check', log(['2026-03-10', '2026-03-10']), [], '2026-03-12'],
    ['a date sooner than a week still wins', log(['2026-03-09', '2026-03-10']), [], '2026-03-12'],
    [
      'a later check with no date: the earlier date still holds',
      log(['2026-03-10', '2026-04-03'], ['2026-03-17', 'u']),
      [],
      '2026-04-07',
    ],
    [
      'an earlier date already passed: a week after the latest check',
      log(['2026-03-03', '2026-03-06'], ['2026-03-17', 'u']),
      [],
      '2026-03-24',
    ],
    [
      'the newest date wins, even when it is sooner',
      log(['2026-03-03', '2026-04-30'], ['2026-03-17', '2026-04-10']),
      [],
      '2026-04-14',
    ],
    ['an answer without a date: a week later', log(['2026-03-10', 'a']), [], '2026-03-17'],
    ['year end: a date of Dec 31', log(['2026-12-15', '2026-12-31']), ['2027-01-01'], '2027-01-05'],
    ['leap year: a date of Feb 29', log(['2028-02-14', '2028-02-29']), [], '2028-03-02'],
    ['US spring forward: a date of Mar 6', log(['2026-03-02', '2026-03-06']), [], '2026-03-10'],
    ['EU fall back: a date of Oct 23', log(['2026-10-12', '2026-10-23']), [], '2026-10-27'],
  ]

  describe.each(ZONES)('in %s', (zone) => {
    it.each(rows)('T5 %s', (_name, attempts, holidays, due) => {
      process.env.TZ = zone
      expect(nextCheck({ attempts, holidays })?.due).toBe(due)
    })
  })

  it('T5 a decision date implies an answer, with or without the flag', () => {
    const flagged = log(['2026-03-10', '2026-04-03'])
    const bare: Attempt[] = [
      { kind: 'status-check', date: '2026-03-10', channel: 'email', decisionBy: '2026-04-03' },
    ]
    expect(nextCheck({ attempts: bare })).toEqual(nextCheck({ attempts: flagged }))
    expect(wasAnswered(bare[0]!)).toBe(true)
  })

  it('T5 the interview’s own timeframe no longer matters once a check gave a date', () => {
    const attempts = log(['2026-01-21', '2026-02-13'])
    expect(nextCheck({ timeframe: { kind: 'weeks', weeks: 2 }, attempts })?.due).toBe('2026-02-17')
  })
})

describe('T6 three unanswered checks in a row, counted again after any answer', () => {
  const rows: [string, Attempt[], { moveOn?: string; check?: [number, string] }][] = [
    [
      'u u u: move on a week after the third',
      log(['2026-01-13', 'u'], ['2026-01-20', 'u'], ['2026-01-27', 'u']),
      { moveOn: '2026-02-03' },
    ],
    [
      'u a u: the answer restarts the count, a fourth check',
      log(['2026-01-13', 'u'], ['2026-01-20', 'a'], ['2026-01-27', 'u']),
      { check: [4, '2026-02-03'] },
    ],
    [
      'a u u u: three in a row after the answer',
      log(['2026-01-13', 'a'], ['2026-01-20', 'u'], ['2026-01-27', 'u'], ['2026-02-03', 'u']),
      { moveOn: '2026-02-10' },
    ],
    [
      'u u a: answered last, a fourth check a week on',
      log(['2026-01-13', 'u'], ['2026-01-20', 'u'], ['2026-01-27', 'a']),
      { check: [4, '2026-02-03'] },
    ],
    [
      'u u + a date: two business days after the date',
      log(['2026-01-13', 'u'], ['2026-01-20', 'u'], ['2026-01-27', '2026-02-13']),
      { check: [4, '2026-02-17'] },
    ],
    [
      'u a u u: two in a row is not yet three',
      log(['2026-01-13', 'u'], ['2026-01-20', 'a'], ['2026-01-27', 'u'], ['2026-02-03', 'u']),
      { check: [5, '2026-02-10'] },
    ],
    [
      'a date, then u u u: move on after the third',
      log(
        ['2026-01-13', '2026-01-16'],
        ['2026-01-20', 'u'],
        ['2026-01-27', 'u'],
        ['2026-02-03', 'u'],
      ),
      { moveOn: '2026-02-10' },
    ],
    [
      'logged out of order: counted by date',
      log(['2026-01-27', 'u'], ['2026-01-13', 'a'], ['2026-01-20', 'u']),
      { check: [4, '2026-02-03'] },
    ],
    [
      'two on one day, the answered one logged last, counts as answered last',
      log(['2026-01-13', 'u'], ['2026-01-20', 'u'], ['2026-01-20', 'a']),
      { check: [4, '2026-01-27'] },
    ],
    [
      'year end',
      log(['2026-12-08', 'u'], ['2026-12-15', 'u'], ['2026-12-29', 'u']),
      { moveOn: '2027-01-05' },
    ],
  ]

  describe.each(ZONES)('in %s', (zone) => {
    it.each(rows)('T6 %s', (_name, attempts, expected) => {
      process.env.TZ = zone
      const actions = plan({ attempts })
      const check = actions.find((a) => a.kind === 'status-check')
      const move = actions.find((a) => a.kind === 'move-on')
      if (expected.moveOn) {
        expect(check).toBeUndefined()
        expect(move?.due).toBe(expected.moveOn)
      } else {
        expect(move).toBeUndefined()
        expect([check?.attemptNumber, check?.due]).toEqual(expected.check)
      }
    })
  })

  it.each<[string, Attempt[], number]>([
    ['none', [], 0],
    ['u', log(['2026-01-13', 'u']), 1],
    ['u a', log(['2026-01-13', 'u'], ['2026-01-20', 'a']), 0],
    ['a u u', log(['2026-01-13', 'a'], ['2026-01-20', 'u'], ['2026-01-27', 'u']), 2],
    ['date u', log(['2026-01-13', '2026-01-30'], ['2026-01-20', 'u']), 1],
  ])('T6 unanswered in a row: %s -> %i', (_name, attempts, n) => {
    const others: Attempt[] = [{ kind: 'thank-you', date: '2026-01-30', channel: 'email' }]
    expect(unansweredChecksInARow([...attempts, ...others])).toBe(n)
  })

  it('T6 the check that would be the third unanswered one says so; others do not', () => {
    const third = nextCheck({
      attempts: log(['2026-01-13', 'a'], ['2026-01-20', 'u'], ['2026-01-27', 'u']),
    })
    expect(third?.reason).toContain('this is the last before moving on')
    const fresh = nextCheck({
      attempts: log(['2026-01-13', 'u'], ['2026-01-20', 'u'], ['2026-01-27', 'a']),
    })
    expect(fresh?.reason).not.toContain('moving on')
  })
})

describe('T11 status checks go to the recruiter when there is one', () => {
  it.each<[string, boolean, Attempt[], 'interviewer' | 'recruiter']>([
    ['first check, no recruiter', false, [], 'interviewer'],
    ['first check, through a recruiter', true, [], 'recruiter'],
    ['second check, through a recruiter', true, log(['2026-01-13', 'u']), 'recruiter'],
    [
      'third check, no recruiter',
      false,
      log(['2026-01-13', 'u'], ['2026-01-20', 'u']),
      'interviewer',
    ],
    ['after a date, through a recruiter', true, log(['2026-01-13', '2026-01-23']), 'recruiter'],
  ])('T11 %s -> %s', (_name, viaRecruiter, attempts, to) => {
    for (const zone of ZONES) {
      process.env.TZ = zone
      expect(nextCheck({ viaRecruiter, attempts })?.to).toBe(to)
    }
  })

  it('T11 only status checks carry a recipient', () => {
    const all = [
      ...plan({ viaRecruiter: true }),
      ...plan({ attempts: log(['2026-01-13', 'u'], ['2026-01-20', 'u'], ['2026-01-27', 'u']) }),
    ]
    for (const a of all) {
      if (a.kind === 'status-check') expect(a.to).toBeDefined()
      else expect(a).not.toHaveProperty('to')
    }
  })
})

describe('answers on attempts that cannot be right throw a RangeError naming the field', () => {
  it.each<[string, Partial<Attempt>, string]>([
    [
      'a decision date before the check',
      { date: '2026-03-10', decisionBy: '2026-03-09' },
      'attempts[1].decisionBy',
    ],
    ['a malformed decision date', { decisionBy: '2026-02-30' }, 'attempts[1].decisionBy'],
    ['an unpadded decision date', { decisionBy: '2026-4-3' }, 'attempts[1].decisionBy'],
    ['answered not a boolean', { answered: 'yes' as unknown as boolean }, 'attempts[1].answered'],
  ])('%s -> %s', (_name, over, field) => {
    const attempts: Attempt[] = [
      { kind: 'thank-you', date: '2026-01-05', channel: 'email' },
      { kind: 'status-check', date: '2026-03-10', channel: 'phone', ...over },
    ]
    let error: unknown
    try {
      plan({ attempts })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(RangeError)
    expect((error as Error).message.startsWith(`${field} `)).toBe(true)
  })

  it('says which date is before which', () => {
    const attempts = log(['2026-03-10', '2026-03-02'])
    expect(() => plan({ attempts })).toThrow(
      new RangeError(
        "attempts[0].decisionBy (2026-03-02) is before the attempt's date (2026-03-10)",
      ),
    )
  })
})
