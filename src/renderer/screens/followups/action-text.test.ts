import { describe, expect, it } from 'vitest'
import { dueText } from './action-text'

describe('dueText', () => {
  it.each([
    ['2026-03-10', 'Due today'],
    ['2026-03-09', '1 day overdue (Mon, Mar 9)'],
    ['2026-03-01', '9 days overdue (Sun, Mar 1)'],
    ['2026-03-11', 'Tomorrow'],
    ['2026-03-12', 'Thu, Mar 12'],
    ['2026-04-01', 'Wed, Apr 1'],
  ])('%s', (due, text) => {
    expect(dueText(due, '2026-03-10')).toBe(text)
  })
})
