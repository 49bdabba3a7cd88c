import { bench, describe } from 'vitest'
import { planFollowUps, type PlanInput } from './plan'

const inputs: PlanInput[] = Array.from({ length: 10_000 }, (_, i) => ({
  interviewDate: `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
  timeframe: i % 2 ? { kind: 'open' } : { kind: 'days', days: 10, business: true },
  viaRecruiter: i % 3 === 0,
  doNotContact: false,
  outcome: 'pending',
  attempts: [],
  holidays: ['2026-05-25', '2026-07-03', '2026-09-07'],
}))

describe('planFollowUps', () => {
  bench('plan 10,000 interviews', () => {
    for (const input of inputs) planFollowUps(input)
  })
})
