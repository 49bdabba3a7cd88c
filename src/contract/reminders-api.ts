import { z } from 'zod'
import { idSchema } from './ids'

/** A calendar file of planned follow-up steps. */
export interface CalendarExport {
  fileName: string
  /** How many steps it holds. */
  events: number
  /**
   * `saved`: the desktop app wrote it where the user chose (`savedTo`); `cancelled`: the user
   * closed the save dialog; `download`: the web host hands the page `content` to download.
   */
  result: 'saved' | 'cancelled' | 'download'
  savedTo?: string
  content?: string
}

/** What a caller passes: the schema's input, so the type and the check cannot drift apart. */
type In<M extends keyof typeof remindersInputs> = z.input<(typeof remindersInputs)[M]>

/** Reminder delivery and calendar export. */
export interface RemindersApi {
  /** The page showed a pushed reminder (as a system notification or its banner). */
  ackReminder(input: In<'ackReminder'>): Promise<void>
  /**
   * Every planned step as an `.ics` calendar, or one interview's; each step keeps its UID across
   * exports, so importing again updates the events instead of adding copies.
   */
  exportCalendar(input?: In<'exportCalendar'>): Promise<CalendarExport>
}

export const remindersInputs = {
  ackReminder: z.strictObject({ id: idSchema }),
  exportCalendar: z.strictObject({ interviewId: idSchema.optional() }).optional(),
} satisfies { [K in keyof RemindersApi]: z.ZodType }
