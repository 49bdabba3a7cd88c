import { bench, describe } from 'vitest'
import { addCalendarDays } from '../followup/business-days'
import { interviewSchema } from '../interview/schema'
import { computeInsights } from './insights'
import type { InsightInterview, InsightTake } from './types'

const TODAY = '2026-03-10'
const channels = ['email', 'phone', 'note'] as const

// A heavy user's store: 10,000 interviews over 60 days, each with a thank-you and up to three
// checks, and 1,000 takes over the last 20 weeks.
const interviews: InsightInterview[] = Array.from({ length: 10_000 }, (_, i) => {
  const interviewDate = addCalendarDays(TODAY, -(i % 60) - 30)
  const attempts = Array.from({ length: 1 + (i % 4) }, (_, k) => ({
    id: `a${i}-${k}`,
    kind: k === 0 ? ('thank-you' as const) : ('status-check' as const),
    date: addCalendarDays(interviewDate, k === 0 ? 0 : 1 + k * 8),
    channel: channels[(i + k) % 3]!,
    note: '',
    answered: (i + k) % 5 === 0,
    outcome: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  }))
  return {
    interview: interviewSchema.parse({
      id: `i${i}`,
      company: `Company ${i}`,
      role: 'Designer',
      interviewDate,
      timeframe: i % 4 === 0 ? { kind: 'weeks', weeks: 2 } : { kind: 'open' },
      outcome: i % 7 === 0 ? 'rejected' : 'pending',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }),
    attempts,
  }
})

const takes: InsightTake[] = Array.from({ length: 1000 }, (_, i) => ({
  createdAt: new Date(Date.parse(`${TODAY}T12:00:00Z`) - (i % 140) * 86_400_000).toISOString(),
  durationMs: 90_000,
  analysis: {
    durationMs: 90_000,
    speakingMs: 60_000,
    silenceMs: 30_000,
    pauses: [{ startMs: 1000, endMs: 3500 }],
    longestPauseMs: 2500,
    averageLoudnessDbfs: -24,
    peakDbfs: -6,
    clippedRatio: 0,
    tooQuiet: false,
    clipping: false,
    perNode: [],
  },
}))

describe('Insights', () => {
  bench('computeInsights: 10,000 interviews (25,000 follow-ups replayed), 1,000 takes', () => {
    computeInsights({
      today: TODAY,
      interviews,
      holidays: [],
      takes,
      scripts: [{ id: 'default-call', name: 'Follow-up call', practisedReplies: 4, replies: 19 }],
      weeks: 52,
    })
  })
})
