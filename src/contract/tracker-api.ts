import { z } from 'zod'
import { interviewDraftSchema, type Interview } from '../core/interview/schema'
import { settingsPatchSchema, type Settings } from '../core/settings/schema'
import { idSchema } from './ids'
import type { Notice } from './notices'
import type { InterviewSummary } from '../core/followup/interview-summary'
import type { ActionView } from './planner-api'

/** An interview's next step as the tracker's list shows it: without the longer reason. */
export type NextStep = Omit<ActionView, 'reason'>

/** A row of the tracker: a summary of the interview (no notes) and its next follow-up step. */
export type InterviewListItem = InterviewSummary<NextStep>

type In<K extends keyof typeof trackerInputs> = z.input<(typeof trackerInputs)[K]>

/** Interviews, settings and the host's notices. */
export interface TrackerApi {
  /**
   * Every interview that is not in the trash, newest interview date first, as summary rows with
   * the next step and a search key; the whole record comes from `getInterview`.
   */
  listInterviews(): Promise<InterviewListItem[]>
  /** One interview by id; `not-found` if it does not exist or is in the trash. */
  getInterview(input: In<'getInterview'>): Promise<Interview>
  /** Saves a new interview from the form's draft and returns it with its id and timestamps. */
  createInterview(input: In<'createInterview'>): Promise<Interview>
  /**
   * Replaces an interview's fields with the draft. With `expectedUpdatedAt`, refuses with
   * `conflict` if it changed since the form loaded it (another window saved first).
   */
  updateInterview(input: In<'updateInterview'>): Promise<Interview>
  /** Moves an interview to the trash, from where `restoreInterview` can bring it back. */
  deleteInterview(input: In<'deleteInterview'>): Promise<void>
  /** Brings a trashed interview back (the UI's undo). */
  restoreInterview(input: In<'restoreInterview'>): Promise<Interview>
  /** The user's settings, with defaults filled in. */
  getSettings(): Promise<Settings>
  /** Changes some settings and returns all of them. */
  updateSettings(input: In<'updateSettings'>): Promise<Settings>
  /** Messages the host has for the user (such as a damaged file that was moved aside). */
  listNotices(): Promise<Notice[]>
  /** Marks a notice as read so it is not shown again. */
  dismissNotice(input: In<'dismissNotice'>): Promise<void>
}

/** Input validation for the tracker's methods; `undefined` means no argument. */
export const trackerInputs = {
  listInterviews: z.undefined(),
  getInterview: z.strictObject({ id: idSchema }),
  createInterview: z.strictObject({ draft: interviewDraftSchema }),
  updateInterview: z.strictObject({
    id: idSchema,
    draft: interviewDraftSchema,
    expectedUpdatedAt: z.iso.datetime().optional(),
  }),
  deleteInterview: z.strictObject({ id: idSchema }),
  restoreInterview: z.strictObject({ id: idSchema }),
  getSettings: z.undefined(),
  updateSettings: z.strictObject({ patch: settingsPatchSchema }),
  listNotices: z.undefined(),
  dismissNotice: z.strictObject({ id: idSchema }),
} satisfies { [K in keyof TrackerApi]: z.ZodType }
