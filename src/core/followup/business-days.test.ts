import { afterEach, describe, expect, it } from 'vitest'
import {
  addBusinessDays,
  addCalendarDays,
  daysBetween,
  epochDay,
  formatIsoDate,
  isBusinessDay,
  isIsoDate,
  nextBusinessDayOnOrAfter,
  parseIsoDate,
} from './business-days'

const originalTz = process.env.TZ
afterEach(() => {
  process.env.TZ = originalTz
})

describe('isIsoDate', () => {
  it.each([
    ['a plain weekday', '2026-01-05', true],
    ['leap day in a leap year', '2028-02-29', true],
    ['leap day in a 400-year century', '2000-02-29', true],
    ['a year below 100', '0099-12-31', true],
    ['Feb 29 in a common year', '2026-02-29', false],
    ['Feb 30', '2026-02-30', false],
    ['Feb 29 in a 100-year century', '2100-02-29', false],
    ['April 31', '2026-04-31', false],
    ['month 13', '2026-13-01', false],
    ['month 00', '2026-00-10', false],
    ['day 00', '2026-01-00', false],
    ['missing zero padding', '2026-1-5', false],
    ['a time attached', '2026-01-05T00:00', false],
    ['leading space', ' 2026-01-05', false],
    ['empty string', '', false],
    ['a number', 20260105, false],
    ['undefined', undefined, false],
  ])('%s: %s -> %s', (_name, value, expected) => {
    expect(isIsoDate(value)).toBe(expected)
  })
})

describe('parseIsoDate / formatIsoDate', () => {
  it.each(['2026-01-05', '2028-02-29', '2026-12-31', '0099-12-31', '0001-01-01', '9999-12-31'])(
    'round-trips %s',
    (date) => {
      expect(formatIsoDate(parseIsoDate(date))).toBe(date)
    },
  )

  it('T9 parses to local noon, away from any DST change', () => {
    expect(parseIsoDate('2026-03-08').getHours()).toBe(12)
  })

  it.each(['2026-02-30', '2026-1-5', 'soon'])('throws a RangeError for %s', (date) => {
    expect(() => parseIsoDate(date)).toThrow(RangeError)
  })
})

describe('T9 isBusinessDay: Monday to Friday minus holidays', () => {
  it.each([
    ['Monday', '2026-01-05', [], true],
    ['Friday', '2026-01-09', [], true],
    ['Saturday', '2026-01-10', [], false],
    ['Sunday', '2026-01-11', [], false],
    ['a Friday holiday', '2026-12-25', ['2026-12-25'], false],
    ['the same Friday without holidays', '2026-12-25', [], true],
    ['leap day, a Tuesday', '2028-02-29', [], true],
  ])('%s (%s)', (_name, date, holidays, expected) => {
    expect(isBusinessDay(date, holidays)).toBe(expected)
  })

  it('accepts holidays as a Set', () => {
    expect(isBusinessDay('2026-12-25', new Set(['2026-12-25']))).toBe(false)
  })
})

describe('T9 nextBusinessDayOnOrAfter', () => {
  it.each([
    ['a business day stays', '2026-01-05', [], '2026-01-05'],
    ['Saturday -> Monday', '2026-01-10', [], '2026-01-12'],
    ['Sunday -> Monday', '2026-01-11', [], '2026-01-12'],
    ['Friday holiday -> Monday', '2026-12-25', ['2026-12-25'], '2026-12-28'],
    ['weekend then a Monday holiday -> Tuesday', '2026-05-23', ['2026-05-25'], '2026-05-26'],
    ['year end: New Year holiday then weekend', '2027-01-01', ['2027-01-01'], '2027-01-04'],
    ['month end: Saturday Jan 31 -> Monday Feb 2', '2026-01-31', [], '2026-02-02'],
  ])('%s', (_name, date, holidays, expected) => {
    expect(nextBusinessDayOnOrAfter(date, holidays)).toBe(expected)
  })
})

describe('T9 addBusinessDays', () => {
  it.each([
    ['Friday + 1 -> Monday', '2026-01-09', 1, [], '2026-01-12'],
    ['Friday + 2 -> Tuesday', '2026-01-09', 2, [], '2026-01-13'],
    ['Saturday + 2 -> Tuesday (the start never counts)', '2026-01-10', 2, [], '2026-01-13'],
    ['Monday + 5 -> next Monday', '2026-01-05', 5, [], '2026-01-12'],
    ['a holiday inside the count is skipped', '2026-05-18', 5, ['2026-05-25'], '2026-05-26'],
    ['year end with New Year holiday', '2026-12-29', 3, ['2027-01-01'], '2027-01-04'],
    ['leap day: Monday Feb 28 + 1', '2028-02-28', 1, [], '2028-02-29'],
    ['leap day: Monday Feb 28 + 2', '2028-02-28', 2, [], '2028-03-01'],
    ['0 leaves even a Saturday unchanged', '2026-01-10', 0, [], '2026-01-10'],
    ['Monday - 1 -> Friday', '2026-01-12', -1, [], '2026-01-09'],
    ['backwards over a Monday holiday', '2026-05-26', -1, ['2026-05-25'], '2026-05-22'],
  ])('%s', (_name, date, n, holidays, expected) => {
    expect(addBusinessDays(date, n, holidays)).toBe(expected)
  })

  it('refuses a fractional count', () => {
    expect(() => addBusinessDays('2026-01-05', 1.5, [])).toThrow(RangeError)
  })
})

describe('addCalendarDays', () => {
  it.each([
    ['month end', '2026-01-31', 1, '2026-02-01'],
    ['end of February, common year', '2026-02-28', 1, '2026-03-01'],
    ['into leap day', '2028-02-28', 1, '2028-02-29'],
    ['out of leap day', '2028-02-29', 1, '2028-03-01'],
    ['back into leap day', '2028-03-01', -1, '2028-02-29'],
    ['year end', '2026-12-29', 8, '2027-01-06'],
    ['US DST start (Mar 8)', '2026-03-07', 1, '2026-03-08'],
    ['EU DST start (Mar 29)', '2026-03-28', 2, '2026-03-30'],
    ['EU DST end (Oct 25)', '2026-10-24', 7, '2026-10-31'],
    ['Sydney DST end (Apr 5)', '2026-04-04', 1, '2026-04-05'],
  ])('%s: %s + %i', (_name, date, n, expected) => {
    expect(addCalendarDays(date, n)).toBe(expected)
  })
})

describe('daysBetween', () => {
  it.each([
    ['a week and a day', '2026-01-05', '2026-01-13', 8],
    ['backwards is negative', '2026-01-13', '2026-01-05', -8],
    ['same day', '2026-01-05', '2026-01-05', 0],
    ['February of a leap year', '2028-02-01', '2028-03-01', 29],
    ['February of a common year', '2026-02-01', '2026-03-01', 28],
    ['across year end', '2026-12-29', '2027-01-05', 7],
    ['across US DST start', '2026-03-07', '2026-03-09', 2],
    ['across EU DST end', '2026-10-24', '2026-10-26', 2],
    ['a common year', '2026-01-01', '2027-01-01', 365],
    ['a leap year', '2028-01-01', '2029-01-01', 366],
    ['years below 100', '0099-12-31', '0100-01-01', 1],
  ])('%s', (_name, a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected)
  })

  it('counts from the Unix epoch without a time zone', () => {
    expect(epochDay('1970-01-01')).toBe(0)
    expect(epochDay('2026-01-05')).toBe(20458)
  })

  it('refuses a malformed date', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError)
  })
})

describe('T9 the machine time zone never shifts a date', () => {
  // Santiago and Havana move their clocks at midnight itself; Kiritimati is UTC+14.
  const zones = [
    'America/New_York',
    'Europe/Berlin',
    'Australia/Sydney',
    'Pacific/Kiritimati',
    'America/Santiago',
    'America/Havana',
  ]

  function sample(): string[] {
    const out: string[] = []
    const holidays = ['2026-03-09', '2026-10-26', '2026-04-06']
    for (let i = 0; i < 366; i++) {
      const day = addCalendarDays('2026-01-01', i)
      out.push(
        day,
        String(isBusinessDay(day, holidays)),
        nextBusinessDayOnOrAfter(day, holidays),
        addBusinessDays(day, 3, holidays),
        addBusinessDays(day, -2, holidays),
        String(daysBetween('2026-01-01', day)),
      )
    }
    return out
  }

  it('switching process.env.TZ really changes the local offset (so the check below can fail)', () => {
    process.env.TZ = 'America/New_York'
    const newYork = new Date(2026, 0, 15).getTimezoneOffset()
    process.env.TZ = 'Australia/Sydney'
    const sydney = new Date(2026, 0, 15).getTimezoneOffset()
    expect(newYork).toBe(300)
    expect(sydney).toBe(-660)
  })

  it.each(zones)('every day of 2026 gives the same answers in %s as in UTC', (zone) => {
    process.env.TZ = 'UTC'
    const utc = sample()
    process.env.TZ = zone
    expect(sample()).toEqual(utc)
  })
})
