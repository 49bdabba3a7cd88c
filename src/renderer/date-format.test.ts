import { describe, expect, it } from 'vitest'
import { dateExample, datePattern, localiseDateError } from './date-format'

describe('the date format a date field shows', () => {
  it.each([
    ['en-US', 'mm/dd/yyyy', '12/24/2026'],
    ['en-GB', 'dd/mm/yyyy', '24/12/2026'],
    ['de-DE', 'dd.mm.yyyy', '24.12.2026'],
    ['fr-FR', 'dd/mm/yyyy', '24/12/2026'],
    ['ja-JP', 'yyyy/mm/dd', '2026/12/24'],
    ['sv-SE', 'yyyy-mm-dd', '2026-12-24'],
  ])('%s shows %s', (locale, pattern, example) => {
    expect(datePattern(locale)).toBe(pattern)
    expect(dateExample(locale, 2026)).toBe(example)
  })

  it.each([
    [
      'Interview date must be a real date (YYYY-MM-DD).',
      'en-US',
      'Interview date must be a real date, as mm/dd/yyyy (for example 12/24/',
    ],
    [
      'The snooze date must be a real date (YYYY-MM-DD).',
      'de-DE',
      'The snooze date must be a real date, as dd.mm.yyyy (for example 24.12.',
    ],
  ])('rewrites “%s” for %s', (message, locale, start) => {
    const out = localiseDateError(message, locale)
    expect(out.startsWith(start)).toBe(true)
    expect(out).not.toContain('YYYY-MM-DD')
    expect(out.endsWith(').')).toBe(true)
  })

  it('leaves every other message alone', () => {
    expect(localiseDateError('Company is required.', 'en-US')).toBe('Company is required.')
  })
})
