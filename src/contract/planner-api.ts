import { z } from 'zod'
import {
  attemptDraftSchema,
  type AttemptDraftInput,
  type LoggedAttempt,
} from '../core/followup/attempt-schema'
import type { PlannedAction } from '../core/followup/plan'
import { idSchema } from './ids'
import { snoozeInputSchema, type SnoozeInput } from './snooze'

/** A planned action with the key used to snooze or dismiss it. */
export interface ActionView extends PlannedAction {
  key: string
  /** Set when the user snoozed it; the action shows up again on this day. */
  snoozedUntil?: string
  /** With a snooze to a time of day (HH:MM): the reminder comes then, not at the reminder time. */
  snoozeTime?: string
}

/** Everything the interview page shows about following up on one interview. */
export interface FollowUpView {
  interviewId: string
  /** Still to do, earliest first (dismissed ones left out). */
  actions: ActionView[]
  /** What the user already did, newest first. */
  attempts: LoggedAttempt[]
  /** Planned actions the user chose to skip, so they can bring them back. */
  dismissed: ActionView[]
  /** Three status checks went unanswered: the plan now suggests moving on. */
  movedOn: boolean
  /** The host's calendar day, so the page judges "overdue" by the same clock as the plan. */
  today: string
}

export interface AgendaRow {
  interviewId: string
  company: string
  role: string
  action: ActionView
  /** The due date, or the snooze date when later. */
  effectiveDue: string
  daysOverdue: number
}

/** The home screen: what to do, grouped by when. */
export interface TodayView {
  today: string
  overdue: AgendaRow[]
  dueToday: AgendaRow[]
  /** The next 14 days after today. */
  upcoming: AgendaRow[]
}

const actionKeySchema = z
  .string()
  .regex(/^(thank-you|recruiter-debrief|move-on|status-check:[1-9]\d{0,2})$/, {
    message: 'That is not a follow-up step this app knows.',
  })

export interface PlannerApi {
  /** The plan, the attempts made and the skipped steps for one interview. */
  getFollowUps(input: { interviewId: string }): Promise<FollowUpView>
  /** Records a follow-up the user made and re-plans at once; an answer may set the outcome. */
  logAttempt(input: { interviewId: string; attempt: AttemptDraftInput }): Promise<FollowUpView>
  /** Removes a logged attempt (a mistake) and re-plans. */
  deleteAttempt(input: { interviewId: string; attemptId: string }): Promise<FollowUpView>
  /** Overdue, today's and the next 14 days' steps across all interviews, by the host's clock. */
  getToday(): Promise<TodayView>
  /** Hides a step until a later day, a day and time, or a preset the host works out by its clock. */
  snoozeAction(input: SnoozeInput): Promise<FollowUpView>
  /** Skips a step for good (it can be brought back from the interview page). */
  dismissAction(input: { interviewId: string; key: string }): Promise<FollowUpView>
  /** Brings back a dismissed or snoozed step. */
  restoreAction(input: { interviewId: string; key: string }): Promise<FollowUpView>
}

export const plannerInputs = {
  getFollowUps: z.strictObject({ interviewId: idSchema }),
  logAttempt: z.strictObject({ interviewId: idSchema, attempt: attemptDraftSchema }),
  deleteAttempt: z.strictObject({ interviewId: idSchema, attemptId: idSchema }),
  getToday: z.undefined(),
  snoozeAction: snoozeInputSchema(idSchema, actionKeySchema),
  dismissAction: z.strictObject({ interviewId: idSchema, key: actionKeySchema }),
  restoreAction: z.strictObject({ interviewId: idSchema, key: actionKeySchema }),
} satisfies { [K in keyof PlannerApi]: z.ZodType }
