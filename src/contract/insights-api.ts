import { z } from 'zod'
import type { Interview } from '../core/interview/schema'
import { WEEKS_MAX, WEEKS_MIN } from '../core/insights/practice-insights'
import type { Insights } from '../core/insights/types'

export type { Insights, OutcomeKey, PracticeWeek, Section } from '../core/insights/types'

/** What a caller passes: the schema's input, so the type and the check cannot drift apart. */
type In<M extends keyof typeof insightsInputs> = z.input<(typeof insightsInputs)[M]>

/** How a returning user's search is going, and the example a new user can try the app with. */
export interface InsightsApi {
  /** Response rates, time to an answer, outcomes, timeliness and practice, in one call. */
  getInsights(input?: In<'getInsights'>): Promise<Insights>
  /**
   * Adds the example interview (a logged thank-you, a status check due, ready to practise) and
   * returns it; when one is already there, returns that one instead of adding a second.
   */
  addExampleInterview(): Promise<Interview>
  /** Removes the example interview and its follow-up log; `removed` is 0 when there was none. */
  removeExampleInterview(): Promise<{ removed: number }>
}

export const insightsInputs = {
  getInsights: z
    .strictObject({
      weeks: z
        .number({ message: 'The number of weeks must be a number.' })
        .int({ message: 'The number of weeks must be a whole number.' })
        .min(WEEKS_MIN, { message: `Show at least ${WEEKS_MIN} weeks.` })
        .max(WEEKS_MAX, { message: `Show at most ${WEEKS_MAX} weeks.` })
        .default(12),
    })
    .default({ weeks: 12 }),
  addExampleInterview: z.undefined(),
  removeExampleInterview: z.undefined(),
} satisfies { [K in keyof InsightsApi]: z.ZodType }
