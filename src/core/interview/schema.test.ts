import { describe, expect, it } from 'vitest'
import { interviewDraftSchema, isoDate } from './schema'

describe('dates are real calendar days between 1900 and 2200', () => {
  const date = isoDate('Interview date')
  it.each([
    ['1900-01-01', true, ''],
    ['2026-03-02', true, ''],
    ['2200-12-31', true, ''],
    ['1899-12-31', false, 'Interview date must be between 1900 and 2200.'],
    ['2201-01-01', false, 'Interview date must be between 1900 and 2200.'],
    ['9999-12-31', false, 'Interview date must be between 1900 and 2200.'],
    ['0001-01-01', false, 'Interview date must be between 1900 and 2200.'],
    ['2026-02-30', false, 'Interview date must be a real date (YYYY-MM-DD).'],
    ['yesterday', false, 'Interview date must be a real date (YYYY-MM-DD).'],
  ])('%s', (value, ok, message) => {
    const result = date.safeParse(value)
    expect(result.success).toBe(ok)
    if (!ok) expect(result.error?.issues.map((i) => i.message)).toEqual([message])
  })

  it('bounds the decision date too', () => {
    const result = interviewDraftSchema.safeParse({
      company: 'Acme',
      role: 'Designer',
      interviewDate: '2026-03-02',
      timeframe: { kind: 'date', date: '9999-01-01' },
    })
    expect(result.error?.issues[0]?.message).toBe(
      'The decision date must be between 1900 and 2200.',
    )
  })
})
