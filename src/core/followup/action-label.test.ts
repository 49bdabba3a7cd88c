import { describe, expect, it } from 'vitest'
import { actionLabel } from './action-label'

describe('actionLabel', () => {
  it.each([
    [{ kind: 'thank-you', channel: 'email' }, 'Send a thank-you email'],
    [{ kind: 'thank-you', channel: 'note' }, 'Send a thank-you note'],
    [{ kind: 'recruiter-debrief', channel: 'phone' }, 'Call your recruiter to debrief'],
    [
      { kind: 'status-check', channel: 'email', attemptNumber: 1 },
      'Check in by email (first check)',
    ],
    [
      { kind: 'status-check', channel: 'phone', attemptNumber: 2 },
      'Check in by phone (second check)',
    ],
    [
      { kind: 'status-check', channel: 'note', attemptNumber: 3 },
      'Check in with a hand-written note (third check)',
    ],
    [
      { kind: 'status-check', channel: 'email', attemptNumber: 1, to: 'interviewer' },
      'Check in by email (first check)',
    ],
    [
      { kind: 'status-check', channel: 'phone', attemptNumber: 2, to: 'recruiter' },
      'Check in with your recruiter by phone (second check)',
    ],
    [
      { kind: 'status-check', channel: 'email', attemptNumber: 5 },
      'Check in by email (fifth check)',
    ],
    [{ kind: 'status-check', channel: 'email', attemptNumber: 12 }, 'Check in by email (check 12)'],
    [{ kind: 'move-on' }, 'Time to move on'],
  ] as const)('%o', (action, label) => {
    expect(actionLabel(action)).toBe(label)
  })
})
