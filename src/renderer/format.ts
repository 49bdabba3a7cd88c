import { format, parseISO } from 'date-fns'
import { formatIsoDate } from '../core/followup/business-days'

/** "Mon, Mar 2, 2026" from a calendar date; the date is never shifted by time zones. */
export function formatDay(isoDate: string): string {
  return format(parseISO(isoDate), 'EEE, MMM d, yyyy')
}

export function formatDayShort(isoDate: string): string {
  return format(parseISO(isoDate), 'EEE, MMM d')
}

/** Today's local calendar date as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return formatIsoDate(now)
}
