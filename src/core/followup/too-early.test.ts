import { describe, expect, it } from 'vitest'
import { planFollowUps, type Attempt, type PlanInput } from './plan'
import { earlyCheckWarning } from './too-early'

const base: PlanInput = {
  interviewDate: '2026-03-02', // a Monday
  timeframe: { kind: 'weeks', weeks: 1 },
  viaRecruiter: false,
  doNotContact: false,
  outcome: 'pending',
  attempts: [],
  holidays: [],
}
const checks = (...dates: string[]): Attempt[] =>
  dates.map((date) => ({ kind: 'status-check', date, channel: 'email' }))

describe('T12 not too soon: a gentle warning, never a refusal', () => {
  it.each<[string, Partial<PlanInput>, Attempt['kind'], string, string | null]>([
    ['a first check the day after the interview', {}, 'status-check', '2026-03-03', '2026-03-11'],
    ['a first check the day before it is due', {}, 'status-check', '2026-03-10', '2026-03-11'],
    ['a first check on the day it is due', {}, 'status-check', '2026-03-11', null],
    ['a first check after it is due', {}, 'status-check', '2026-03-16', null],
    ['a thank-you early is never too early', {}, 'thank-you', '2026-03-02', null],
    [
      'a recruiter debrief is never too early',
      { viaRecruiter: true },
      'recruiter-debrief',
      '2026-03-02',
      null,
    ],
    [
      'a second check three days after the first',
      { attempts: checks('2026-03-11') },
      'status-check',
      '2026-03-14',
      '2026-03-18',
    ],
    [
      'a check before the date they gave',
      { attempts: [{ ...checks('2026-03-11')[0]!, answered: true, decisionBy: '2026-03-27' }] },
      'status-check',
      '2026-03-25',
      '2026-03-31',
    ],
    [
      'nothing planned after moving on',
      { attempts: checks('2026-03-11', '2026-03-18', '2026-03-25') },
      'status-check',
      '2026-03-26',
      null,
    ],
    [
      'nothing planned when they asked for no contact',
      { doNotContact: true },
      'status-check',
      '2026-03-03',
      null,
    ],
  ])('T12 %s', (_name, over, kind, date, due) => {
    const warning = earlyCheckWarning(kind, date, planFollowUps({ ...base, ...over }))
    expect(warning?.due ?? null).toBe(due)
  })

  it('T12 says the date and why, and that it can still be logged', () => {
    const warning = earlyCheckWarning('status-check', '2026-03-04', planFollowUps(base))
    expect(warning?.message).toBe(
      'A little early: this check is planned for Wed, Mar 11. They said one week (until Mon, Mar 9): two business days past that gives them room to finish before you ask. You can still log it, and the plan will count from the day you checked in.',
    )
  })
})
