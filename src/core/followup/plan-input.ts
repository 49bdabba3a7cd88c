import type { Interview } from '../interview/schema'
import type { LoggedAttempt } from './attempt-schema'
import type { PlanInput } from './plan'

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
    attempts: attempts.map(({ kind, date, channel }) => ({ kind, date, channel })),
    holidays: [...holidays],
    ...(interview.preferredChannel ? { preferredChannel: interview.preferredChannel } : {}),
    ...(interview.workplace ? { workplace: interview.workplace } : {}),
  }
}

/** T6: three status checks without an answer mean it is time to move on. */
export function hasMovedOn(interview: Interview, attempts: readonly LoggedAttempt[]): boolean {
  const checks = attempts.filter((a) => a.kind === 'status-check')
  return interview.outcome === 'pending' && checks.length >= 3 && checks.every((a) => !a.answered)
}
