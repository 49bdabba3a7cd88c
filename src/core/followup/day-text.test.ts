import { addDays, format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { formatIsoDate } from './business-days'
import { dayWithYear, longDay, shortDay } from './day-text'

describe('the words for a day', () => {
  it.each([
    ['2026-03-13', 'Fri, Mar 13', 'Fri, Mar 13, 2026', 'Friday, March 13'],
    ['2026-12-06', 'Sun, Dec 6', 'Sun, Dec 6, 2026', 'Sunday, December 6'],
    ['2028-02-29', 'Tue, Feb 29', 'Tue, Feb 29, 2028', 'Tuesday, February 29'],
    ['1969-12-31', 'Wed, Dec 31', 'Wed, Dec 31, 1969', 'Wednesday, December 31'],
    ['1900-01-01', 'Mon, Jan 1', 'Mon, Jan 1, 1900', 'Monday, January 1'],
  ])('%s', (iso, short, withYear, long) => {
    expect(shortDay(iso)).toBe(short)
    expect(dayWithYear(iso)).toBe(withYear)
    expect(longDay(iso)).toBe(long)
  })

  it.each([1900, 1999, 2000, 2024, 2025, 2026, 2027, 2028, 2100, 2200])(
    'says every day of %i as date-fns would',
    (year) => {
      const ours: string[] = []
      const theirs: string[] = []
      for (let day = new Date(year, 0, 1); day.getFullYear() === year; day = addDays(day, 1)) {
        const iso = formatIsoDate(day)
        ours.push(`${shortDay(iso)} | ${dayWithYear(iso)} | ${longDay(iso)}`)
        theirs.push(
          `${format(day, 'EEE, MMM d')} | ${format(day, 'EEE, MMM d, yyyy')} | ${format(day, 'EEEE, MMMM d')}`,
        )
      }
      expect(ours).toEqual(theirs)
    },
  )

  it('refuses what is not a calendar day', () => {
    expect(() => shortDay('2026-02-30')).toThrow(RangeError)
    expect(() => longDay('yesterday')).toThrow(RangeError)
  })
})
