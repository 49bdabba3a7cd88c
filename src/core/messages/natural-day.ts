import { differenceInCalendarDays, format } from 'date-fns'
import { parseIsoDate } from '../followup/business-days'

/**
 * The interview day as a person would write it on the send date: "earlier today", "yesterday",
 * "on Monday" within the week, "last Tuesday" the week before, then "on March 3" (with the year
 * once it is not this year's).
 */
export function naturalDay(interviewDate: string, sendDate: string): string {
  const day = parseIsoDate(interviewDate)
  const send = parseIsoDate(sendDate)
  const ago = differenceInCalendarDays(send, day)
  if (ago === 0) return 'earlier today'
  if (ago === 1) return 'yesterday'
  if (ago > 1 && ago < 7) return `on ${format(day, 'EEEE')}`
  if (ago >= 7 && ago < 14) return `last ${format(day, 'EEEE')}`
  return day.getFullYear() === send.getFullYear()
    ? `on ${format(day, 'MMMM d')}`
    : `on ${format(day, 'MMMM d, yyyy')}`
}
