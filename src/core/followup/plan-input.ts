import type { Interview } from '../interview/schema'
import type { LoggedAttempt } from './attempt-schema'
import { unansweredChecksInARow, type Attempt, type PlanInput } from './plan'

/**
 * The engine's view of one logged attempt: what was done, and what the answer told you. A
 * stored decision date before the attempt (only a damaged file could hold one) is left out
 * rather than stopping the whole plan; the answer itself still counts.
 */
function attemptFor({ kind, date, channel, answered, decisionBy }: LoggedAttempt): Attempt {
  const usable = decisionBy !== undefined && decisionBy >= date
  return {
    kind,
    date,
    channel,
    ...(answered || usable ? { answered: true } : {}),
    ...(usable ? { decisionBy } : {}),
  }
}

/** The engine's view of a stored interview and its logged attempts. */
export function planInputFor(
  interview: Interview,
  attempts: readonly LoggedAttempt[],
  holidays: readonly string[],
): PlanInput {
  return {
    interviewDate: interview.interviewDate,
    timeframe: interview.timeframe,
    viaRecruiter: interview.recruiter !== null,
    doNotContact: interview.doNotContact,
    outcome: interview.outcome,
    attempts: attempts.map(attemptFor),
    holidays: [...holidays],
    ...(interview.preferredChannel ? { preferredChannel: interview.preferredChannel } : {}),
    ...(interview.workplace ? { workplace: interview.workplace } : {}),
  }
}

/** T6: three status checks in a row went unanswered, so the plan now suggests moving on. */
export function hasMovedOn(interview: Interview, attempts: readonly LoggedAttempt[]): boolean {
  return interview.outcome === 'pending' && unansweredChecksInARow(attempts.map(attemptFor)) >= 3
}
