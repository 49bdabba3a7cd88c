import type { Handlers } from '../contract/api'
import type { CalendarExport, RemindersApi } from '../contract/reminders-api'
import { calendarFile, calendarFileName, type CalendarItem } from './calendar-export'
import type { HostContext } from './host-context'
import type { PageDelivery } from './page-delivery'
import type { DesktopShell } from './ports'
import { writeChosenFile } from './storage/durable'

/** Reminder acknowledgements from pages, and the calendar export. */
export function remindersHandlers(
  { interviews, planner, clock }: Pick<HostContext, 'interviews' | 'planner' | 'clock'>,
  pages: PageDelivery,
  shell?: DesktopShell,
): Pick<Handlers, keyof RemindersApi> {
  return {
    ackReminder: async ({ id }) => {
      pages.ack(id)
    },
    exportCalendar: async (input): Promise<CalendarExport> => {
      const chosen = input?.interviewId ? [interviews.get(input.interviewId)] : interviews.list()
      const items: CalendarItem[] = chosen.flatMap((interview) =>
        planner.view(interview.id).actions.map((action) => ({ interview, action })),
      )
      const content = calendarFile(items, clock.now())
      const fileName = calendarFileName(input?.interviewId ? chosen[0]?.company : undefined)
      if (!shell) return { fileName, events: items.length, result: 'download', content }
      const savedTo = await shell.chooseSavePath({
        title: 'Save the calendar',
        suggestedName: fileName,
        filters: [{ name: 'Calendar', extensions: ['ics'] }],
      })
      if (!savedTo) return { fileName, events: items.length, result: 'cancelled' }
      await writeChosenFile(savedTo, Buffer.from(content, 'utf8'), 'the calendar')
      return { fileName, events: items.length, result: 'saved', savedTo }
    },
  }
}
