import { createEvents, type EventAttributes } from 'ics'
import { actionLabel } from '../core/followup/action-label'
import { addCalendarDays } from '../core/followup/business-days'
import type { Interview } from '../core/interview/schema'
import type { ActionView } from '../contract/planner-api'
import { addressee } from './reminder-text'

const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1)

const dateArray = (iso: string): [number, number, number] => [
  Number(iso.slice(0, 4)),
  Number(iso.slice(5, 7)),
  Number(iso.slice(8, 10)),
]

/** The same step of the same interview always gets the same UID, whatever its date. */
export function calendarUid(interviewId: string, actionKey: string): string {
  return `${interviewId}.${actionKey.replace(/:/g, '-')}@follow-through.app`
}

export interface CalendarItem {
  interview: Interview
  action: ActionView
}

/**
 * Planned steps as all-day events on the day each is due (or snoozed to). SEQUENCE grows with
 * each export, so a calendar that already has a step takes the newer date instead of a copy.
 */
export function calendarFile(items: CalendarItem[], now: Date): string {
  const sequence = Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000))
  const events: EventAttributes[] = items.map(({ interview, action }) => {
    const day = action.snoozedUntil ?? action.due
    const to = addressee(interview, {
      interviewId: interview.id,
      company: interview.company,
      role: interview.role,
      action,
      effectiveDue: day,
      daysOverdue: 0,
    })
    return {
      uid: calendarUid(interview.id, action.key),
      sequence,
      title: `${actionLabel(action)} · ${interview.company}`,
      description: [
        `${interview.role} interview at ${interview.company} on ${interview.interviewDate}.`,
        to ? `For ${to}.` : '',
        action.reason,
      ]
        .filter(Boolean)
        .join('\n'),
      start: dateArray(day),
      end: dateArray(addCalendarDays(day, 1)),
      productId: 'follow-through/planner',
      calName: 'Follow-Through',
    }
  })
  if (events.length === 0) {
    // `ics` refuses an empty list; an empty calendar is still a valid, honest file.
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:follow-through/planner\r\nX-WR-CALNAME:Follow-Through\r\nEND:VCALENDAR\r\n'
  }
  const { error, value } = createEvents(events)
  if (error || !value) throw error ?? new Error('The calendar could not be written.')
  return value
}

/** A file name from the company, safe on every system. */
export function calendarFileName(company?: string): string {
  if (!company) return 'follow-ups.ics'
  const slug = company
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60)
  return slug ? `follow-ups-${slug}.ics` : 'follow-ups.ics'
}
