import { describe, expect, it } from 'vitest'
import { interviewDraftSchema } from '../interview/schema'
import { attemptDraftSchema } from '../followup/attempt-schema'
import { planFollowUps } from '../followup/plan'
import { exampleInterview } from './example-interview'

describe('exampleInterview', () => {
  it.each([
    // today (weekday)            interview date   first check due
    ['2026-03-10', 'a Tuesday', '2026-03-02', '2026-03-10'],
    ['2026-03-09', 'a Monday', '2026-02-27', '2026-03-09'],
    ['2026-03-14', 'a Saturday', '2026-03-06', '2026-03-16'],
    ['2026-03-15', 'a Sunday', '2026-03-06', '2026-03-16'],
  ])('on %s (%s) the interview is %s and the check is due %s', (today, _day, date, due) => {
    const { draft, attempts } = exampleInterview(today)
    expect(draft.interviewDate).toBe(date)
    const plan = planFollowUps({
      interviewDate: draft.interviewDate,
      timeframe: { kind: 'open' },
      viaRecruiter: false,
      doNotContact: false,
      outcome: 'pending',
      attempts: attempts.map(({ kind, date: d, channel }) => ({ kind, date: d, channel })),
      holidays: [],
    })
    // The thank-you is logged, so the one planned step is the first check, never overdue.
    expect(plan.map((a) => a.kind)).toEqual(['status-check'])
    expect(plan[0]!.due).toBe(due)
    expect(plan[0]!.due >= today).toBe(true)
  })

  it('passes the same validation as a draft from the form', () => {
    const { draft, attempts } = exampleInterview('2026-03-10')
    expect(interviewDraftSchema.safeParse(draft).success).toBe(true)
    for (const a of attempts) expect(attemptDraftSchema.safeParse(a).success).toBe(true)
    expect(draft.company).toMatch(/\(example\)$/)
  })
})
