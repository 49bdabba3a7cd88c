import { z } from 'zod'
import { channels, isoDate, outcomes } from '../interview/schema'
import { daysBetween, isIsoDate } from './business-days'

export const attemptKinds = ['thank-you', 'recruiter-debrief', 'status-check'] as const

/** A date for their decision more than this far ahead is almost surely a typo in the year. */
const DECISION_MAX_DAYS = 366

const attemptShape = {
  kind: z.enum(attemptKinds, { message: 'Choose what you did.' }),
  date: isoDate('The date'),
  channel: z.enum(channels, { message: 'Choose how you got in touch.' }),
  note: z
    .string()
    .trim()
    .max(2000, { message: 'The note is too long (at most 2,000 characters).' })
    .default(''),
  answered: z.boolean().default(false),
  /** What the answer decided, if anything; it becomes the interview's outcome. */
  outcome: z.enum(outcomes).nullable().default(null),
  /**
   * The day they said they would decide by, when they gave one (RULES.md T5). Optional, so
   * attempts logged before it existed still read.
   */
  decisionBy: isoDate('The decision date').optional(),
}

type Shape = { date: string; answered: boolean; outcome: string | null; decisionBy?: string }

function decisionDateFits(a: Shape, ctx: z.RefinementCtx) {
  // A malformed date already has its own message; comparing it would only add a confusing one.
  if (a.decisionBy === undefined || !isIsoDate(a.decisionBy) || !isIsoDate(a.date)) return
  const problem = !a.answered
    ? 'A decision date means they answered: tick “They answered” or clear the date.'
    : a.outcome !== null && a.outcome !== 'pending'
      ? 'They already decided, so there is no decision date to wait for.'
      : a.decisionBy < a.date
        ? 'The decision date can’t be before the day you checked in.'
        : daysBetween(a.date, a.decisionBy) > DECISION_MAX_DAYS
          ? 'That is more than a year after you checked in: check the year.'
          : null
  if (problem) ctx.addIssue({ code: 'custom', path: ['decisionBy'], message: problem })
}

/** A follow-up the user made, as they log it. */
export const attemptDraftSchema = z.strictObject(attemptShape).superRefine(decisionDateFits)

/**
 * A logged attempt as stored. Records from before `decisionBy` existed read unchanged. The
 * date checks of the draft are not repeated here: one odd date must not make a whole log
 * unreadable (planInputFor leaves out a decision date the engine couldn't use).
 */
export const loggedAttemptSchema = z.strictObject({
  ...attemptShape,
  id: z.string().min(1).max(64),
  createdAt: z.iso.datetime(),
})

export type AttemptDraftInput = z.input<typeof attemptDraftSchema>
export type LoggedAttempt = z.output<typeof loggedAttemptSchema>
