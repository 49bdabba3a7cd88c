import { addDays, isWeekend } from 'date-fns'

/** A plain local calendar date written YYYY-MM-DD. */
export type IsoDate = string

/** Holidays as YYYY-MM-DD strings; pass a Set when calling in a loop. */
export type Holidays = ReadonlySet<string> | readonly string[]

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000
// Date.UTC maps years 0-99 to 1900-1999; shifting by 400 years (a whole Gregorian cycle
// of 146097 days) keeps weekdays and leap years right for those years too.
const CYCLE_YEARS = 400
const CYCLE_DAYS = 146_097

function parts(value: string): [number, number, number] | undefined {
  const m = ISO_DATE.exec(value)
  if (!m) return undefined
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

/** True for a well-formed YYYY-MM-DD that names a real calendar day (not 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const p = parts(value)
  if (!p) return false
  const [y, m, d] = p
  if (m < 1 || m > 12 || d < 1) return false
  return d <= daysInMonth(y, m)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * The date as a Date at local noon. Noon because DST changes happen at night: adding
 * calendar days to noon never lands on another day, whatever the machine's time zone.
 */
export function parseIsoDate(value: string): Date {
  if (!isIsoDate(value)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${value}`)
  const [y, m, d] = parts(value)!
  const date = new Date(2000, 0, 1, 12)
  // setFullYear rather than the constructor, which would read year 0-99 as 19xx.
  date.setFullYear(y, m - 1, d)
  return date
}

/** The local calendar day of a Date as YYYY-MM-DD. */
export function formatIsoDate(date: Date): IsoDate {
  const y = String(date.getFullYear()).padStart(4, '0')
  const m = String(date.getMonth() + 1).padStart(2, '0')
  const d = String(date.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

function toSet(holidays: Holidays): ReadonlySet<string> {
  return 'has' in holidays ? holidays : new Set(holidays)
}

function isBusiness(date: Date, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(date) && !holidays.has(formatIsoDate(date))
}

/** Monday to Friday and not one of the user's holidays. */
export function isBusinessDay(date: IsoDate, holidays: Holidays): boolean {
  return isBusiness(parseIsoDate(date), toSet(holidays))
}

/** The date itself when it is a business day, else the first business day after it. */
export function nextBusinessDayOnOrAfter(date: IsoDate, holidays: Holidays): IsoDate {
  const set = toSet(holidays)
  let day = parseIsoDate(date)
  while (!isBusiness(day, set)) day = addDays(day, 1)
  return formatIsoDate(day)
}

/**
 * Counts n business days forward (or back, for negative n) from the date, which itself
 * never counts: from a Friday, 1 is the next Monday; from a Saturday, 2 is the Tuesday.
 * With n = 0 the date comes back unchanged, business day or not.
 */
export function addBusinessDays(date: IsoDate, n: number, holidays: Holidays): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`business days must be a whole number: ${n}`)
  const set = toSet(holidays)
  const step = n < 0 ? -1 : 1
  let day = parseIsoDate(date)
  for (let left = Math.abs(n); left > 0;) {
    day = addDays(day, step)
    if (isBusiness(day, set)) left--
  }
  return formatIsoDate(day)
}

export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`calendar days must be a whole number: ${n}`)
  return formatIsoDate(addDays(parseIsoDate(date), n))
}

/**
 * Days since 1970-01-01 for a date already known to be well-formed. No Date is made
 * and no time zone is read, so the agenda can call it for thousands of items.
 */
export function epochDay(date: IsoDate): number {
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7))
  const d = Number(date.slice(8, 10))
  if (y < 100) return Date.UTC(y + CYCLE_YEARS, m - 1, d) / MS_PER_DAY - CYCLE_DAYS
  return Date.UTC(y, m - 1, d) / MS_PER_DAY
}

/** Calendar days from a to b: positive when b is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  if (!isIsoDate(a)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${a}`)
  if (!isIsoDate(b)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${b}`)
  return epochDay(b) - epochDay(a)
}
