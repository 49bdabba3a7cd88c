import { z } from 'zod'
import { channels, isoDate, outcomes } from '../interview/schema'

export const attemptKinds = ['thank-you', 'recruiter-debrief', 'status-check'] as const

/** A follow-up the user made, as they log it. */
export const attemptDraftSchema = z.strictObject({
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
})

export const loggedAttemptSchema = attemptDraftSchema.extend({
  id: z.string().min(1).max(64),
  createdAt: z.iso.datetime(),
})

export type AttemptDraftInput = z.input<typeof attemptDraftSchema>
export type LoggedAttempt = z.output<typeof loggedAttemptSchema>
