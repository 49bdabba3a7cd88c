import { outcomes, responses, timeliness, timeToAnswer } from './follow-up-insights'
import { practice } from './practice-insights'
import type { Insights, InsightsInput } from './types'

/**
 * Everything the Insights screen shows, from the user's interviews, follow-ups and practice.
 * Trashed interviews and the example interview are not the user's search, so they never count.
 */
export function computeInsights(input: InsightsInput): Insights {
  const interviews = input.interviews.filter(
    ({ interview }) => !interview.deletedAt && !interview.example,
  )
  return {
    today: input.today,
    responses: responses(interviews),
    timeToAnswer: timeToAnswer(interviews),
    outcomes: outcomes(interviews),
    timeliness: timeliness(interviews, input.holidays),
    practice: practice(input.takes, input.scripts, input.today, input.weeks),
  }
}
