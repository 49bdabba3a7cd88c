import { z } from 'zod'
import { attemptDraftSchema, type LoggedAttempt } from '../core/followup/attempt-schema'
import { agendaGroups, type AgendaCounts } from '../core/followup/agenda-index'
import type { PlannedAction } from '../core/followup/plan'
import { AGENDA_PAGE_MAX } from './agenda-paging'
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

/** One step on the Today screen, with the interview it belongs to. */
export interface AgendaRow {
  interviewId: string
  company: string
  role: string
  action: ActionView
  /** The due date, or the snooze date when later. */
  effectiveDue: string
  daysOverdue: number
}

export { AGENDA_PAGE_MAX, TODAY_FIRST_ROWS } from './agenda-paging'

/**
 * The home screen: what to do, grouped by when. Each group holds its first rows
 * (`TODAY_FIRST_ROWS`); `counts` says how many it holds in all.
 */
export interface TodayView {
  today: string
  /** No interviews at all (apart from the trash): the screen explains how to start. */
  empty: boolean
  /** The example interview, when the user is trying the app with one. */
  example: { id: string; company: string; role: string } | null
  counts: AgendaCounts
  overdue: AgendaRow[]
  dueToday: AgendaRow[]
  /** The next 14 days after today. */
  upcoming: AgendaRow[]
}

/** A slice of one Today group, by the host's clock at the time of the call. */
export interface AgendaPage {
  today: string
  total: number
  rows: AgendaRow[]
}

const actionKeySchema = z
  .string()
  .regex(/^(thank-you|recruiter-debrief|move-on|status-check:[1-9]\d{0,2})$/, {
    message: 'That is not a follow-up step this app knows.',
  })

const agendaPageInput = z.strictObject({
  group: z.enum(agendaGroups, { message: 'That is not a group on the Today screen.' }),
  offset: z
    .number({ message: 'The offset must be a number.' })
    .int({ message: 'The offset must be a whole number.' })
    .min(0, { message: 'The offset can’t be negative.' }),
  limit: z
    .number({ message: 'The page size must be a number.' })
    .int({ message: 'The page size must be a whole number.' })
    .min(1, { message: 'The page size must be at least 1.' })
    .max(AGENDA_PAGE_MAX, { message: `The page size can be at most ${AGENDA_PAGE_MAX}.` }),
})

type In<K extends keyof typeof plannerInputs> = z.input<(typeof plannerInputs)[K]>

/** Follow-up plans, the attempt log and the Today screen. */
export interface PlannerApi {
  /** The plan, the attempts made and the skipped steps for one interview. */
  getFollowUps(input: In<'getFollowUps'>): Promise<FollowUpView>
  /** Records a follow-up the user made and re-plans at once; an answer may set the outcome. */
  logAttempt(input: In<'logAttempt'>): Promise<FollowUpView>
  /** Removes a logged attempt (a mistake) and re-plans. */
  deleteAttempt(input: In<'deleteAttempt'>): Promise<FollowUpView>
  /**
   * Overdue, today's and the next 14 days' steps across all interviews, by the host's clock: the
   * count of each group and its first rows, and whether there are interviews at all.
   */
  getToday(): Promise<TodayView>
  /** More rows of one Today group, from `offset`, at most `limit` (up to `AGENDA_PAGE_MAX`). */
  getAgendaPage(input: In<'getAgendaPage'>): Promise<AgendaPage>
  /** Hides a step until a later day, a day and time, or a preset the host works out by its clock. */
  snoozeAction(input: SnoozeInput): Promise<FollowUpView>
  /** Skips a step for good (it can be brought back from the interview page). */
  dismissAction(input: In<'dismissAction'>): Promise<FollowUpView>
  /** Brings back a dismissed or snoozed step. */
  restoreAction(input: In<'restoreAction'>): Promise<FollowUpView>
}

/** Input validation for the planner's methods; `undefined` means no argument. */
export const plannerInputs = {
  getFollowUps: z.strictObject({ interviewId: idSchema }),
  logAttempt: z.strictObject({ interviewId: idSchema, attempt: attemptDraftSchema }),
  deleteAttempt: z.strictObject({ interviewId: idSchema, attemptId: idSchema }),
  getToday: z.undefined(),
  getAgendaPage: agendaPageInput,
  snoozeAction: snoozeInputSchema(idSchema, actionKeySchema),
  dismissAction: z.strictObject({ interviewId: idSchema, key: actionKeySchema }),
  restoreAction: z.strictObject({ interviewId: idSchema, key: actionKeySchema }),
} satisfies { [K in keyof PlannerApi]: z.ZodType }
