import { z } from 'zod'
import { isIsoDate } from '../followup/business-days'

/** Enough room for real notes, small enough that one record can never bloat the store. */
export const LONG_TEXT_MAX = 10_000
export const TEXT_MAX = 2_000
/** A prepared answer is said aloud in one breath or two, so it stays short. */
export const PREPARED_MAX = 400

const trimmed = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, {
      message: `${label} is too long (at most ${max.toLocaleString('en-US')} characters).`,
    })

const required = (label: string, max: number) =>
  trimmed(label, max).min(1, { message: `${label} is required.` })

/** Years the app's calendars and plans handle; year 9999 used to break the interview page. */
export const YEAR_MIN = 1900
export const YEAR_MAX = 2200

export const isoDate = (label: string) =>
  z
    .string()
    .refine(isIsoDate, { message: `${label} must be a real date (YYYY-MM-DD).`, abort: true })
    .refine(
      (v) => {
        const year = Number(v.slice(0, 4))
        return year >= YEAR_MIN && year <= YEAR_MAX
      },
      { message: `${label} must be between ${YEAR_MIN} and ${YEAR_MAX}.` },
    )

const email = (label: string) =>
  trimmed(label, 254).refine((v) => v === '' || z.email().safeParse(v).success, {
    message: `${label} doesn’t look like an email address.`,
  })

const phone = (label: string) =>
  trimmed(label, 40).refine((v) => v === '' || /^[+()\d][\d\s().+-]*$/.test(v), {
    message: `${label} may only hold digits, spaces and + ( ) - .`,
  })

export const outcomes = ['pending', 'offer', 'rejected', 'withdrawn', 'next-round'] as const
export const rounds = ['phone-screen', 'first', 'second', 'third', 'final', 'other'] as const
export const channels = ['email', 'phone', 'note'] as const
export const workplaces = ['digital', 'phone', 'personal'] as const

export const interviewerSchema = z.strictObject({
  firstName: required('Interviewer first name', 60),
  lastName: trimmed('Interviewer last name', 60).default(''),
  title: trimmed('Interviewer title', 100).default(''),
  email: email('Interviewer email').default(''),
  phone: phone('Interviewer phone').default(''),
})

export const recruiterSchema = z.strictObject({
  name: required('Recruiter name', 100),
  agency: trimmed('Agency', 100).default(''),
  phone: phone('Recruiter phone').default(''),
  email: email('Recruiter email').default(''),
})

const count = (label: string, max: number) =>
  z
    .number({ message: `${label} must be a number.` })
    .int({ message: `${label} must be a whole number.` })
    .min(1, { message: `${label} must be at least 1.` })
    .max(max, { message: `${label} can be at most ${max}.` })

export const timeframeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('open') }),
  z.strictObject({ kind: z.literal('date'), date: isoDate('The decision date') }),
  z.strictObject({
    kind: z.literal('days'),
    days: count('Number of days', 365),
    business: z.boolean().optional(),
  }),
  z.strictObject({ kind: z.literal('weeks'), weeks: count('Number of weeks', 52) }),
])

const draftShape = {
  company: required('Company', 120),
  role: required('Job title', 120),
  interviewDate: isoDate('Interview date'),
  interviewTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Interview time must look like 14:30.' })
    .or(z.literal(''))
    .default(''),
  round: z.enum(rounds).default('first'),
  interviewers: z
    .array(interviewerSchema)
    .max(20, { message: 'At most 20 interviewers.' })
    .default([]),
  recruiter: recruiterSchema.nullable().default(null),
  timeframe: timeframeSchema.default({ kind: 'open' }),
  doNotContact: z.boolean().default(false),
  preferredChannel: z.enum(channels).nullable().default(null),
  workplace: z.enum(workplaces).nullable().default(null),
  topics: trimmed('Topics discussed', TEXT_MAX).default(''),
  strengths: trimmed('Strengths to stress', TEXT_MAX).default(''),
  forgotten: trimmed('Something you forgot to mention', TEXT_MAX).default(''),
  accomplishment: trimmed('Recent accomplishment', TEXT_MAX).default(''),
  notes: trimmed('Notes', LONG_TEXT_MAX).default(''),
  // Prepared answers the call script speaks in the user's own words (never written for them).
  // Optional rather than defaulted, so interviews made anywhere else stay valid as they are.
  industryChange: trimmed('Your example of changing fields', PREPARED_MAX).optional(),
  skillInProgress: trimmed('The skill you are building', PREPARED_MAX).optional(),
  salaryRange: trimmed('Your salary range', 100).optional(),
  outcome: z.enum(outcomes).default('pending'),
}

function decisionNotBeforeInterview(
  d: { interviewDate: string; timeframe: z.output<typeof timeframeSchema> },
  ctx: z.RefinementCtx,
) {
  if (d.timeframe.kind === 'date' && d.timeframe.date < d.interviewDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['timeframe', 'date'],
      message: 'The decision date cannot be before the interview date.',
    })
  }
}

/** What the user types in the form: everything but identity and timestamps. */
export const interviewDraftSchema = z
  .strictObject(draftShape)
  .superRefine(decisionNotBeforeInterview)

export const interviewSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    ...draftShape,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    deletedAt: z.iso.datetime().nullable().default(null),
    /** The sample a new user can add from Today; never part of a draft, so only the host sets it. */
    example: z.literal(true).optional(),
  })
  .superRefine(decisionNotBeforeInterview)

export type InterviewDraftInput = z.input<typeof interviewDraftSchema>
export type Interview = z.output<typeof interviewSchema>
export type Interviewer = z.output<typeof interviewerSchema>
export type Recruiter = z.output<typeof recruiterSchema>
export type Outcome = (typeof outcomes)[number]
/** C3: 'text' is deliberately absent, so no code path can ever suggest a text message. */
export type Channel = (typeof channels)[number]
export type Workplace = (typeof workplaces)[number]
export type Timeframe = z.output<typeof timeframeSchema>
export type Round = (typeof rounds)[number]
