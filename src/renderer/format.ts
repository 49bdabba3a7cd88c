import { formatIsoDate } from '../core/followup/business-days'
import { dayWithYear, longDay, shortDay } from '../core/followup/day-text'

/** "Mon, Mar 2, 2026" from a calendar date; the date is never shifted by time zones. */
export const formatDay = dayWithYear

/** "Mon, Mar 2" */
export const formatDayShort = shortDay

/** "Monday, March 2" */
export const formatDayLong = longDay

/** Today's local calendar date as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return formatIsoDate(now)
}
