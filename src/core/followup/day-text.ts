import { epochDay, isIsoDate } from './business-days'

/**
 * The app's words for a calendar day, English on purpose like every other word it says. Three
 * fixed patterns need only the names below: date-fns' `format` and its locale were a tenth of
 * the first screen's code, and Intl's first date format costs a page 25–35 ms to set up. Worked
 * out from the day number alone, so no time zone can move the day.
 */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
// 1970-01-01, day 0, was a Thursday.
const THURSDAY = 4

function parts(isoDate: string) {
  if (!isIsoDate(isoDate)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${isoDate}`)
  const weekday = WEEKDAYS[(((epochDay(isoDate) + THURSDAY) % 7) + 7) % 7]!
  const month = MONTHS[Number(isoDate.slice(5, 7)) - 1]!
  return { weekday, month, day: Number(isoDate.slice(8, 10)) }
}

/** "Fri, Mar 13": the one way the app writes a day in sentences, reasons and notifications. */
export function shortDay(isoDate: string): string {
  const { weekday, month, day } = parts(isoDate)
  return `${weekday.slice(0, 3)}, ${month.slice(0, 3)} ${day}`
}

/** "Fri, Mar 13, 2026": a day that may be in another year. */
export function dayWithYear(isoDate: string): string {
  return `${shortDay(isoDate)}, ${isoDate.slice(0, 4)}`
}

/** "Friday, March 13": today's date under Today's heading, and a day said aloud. */
export function longDay(isoDate: string): string {
  const { weekday, month, day } = parts(isoDate)
  return `${weekday}, ${month} ${day}`
}
