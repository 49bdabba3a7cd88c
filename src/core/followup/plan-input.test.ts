import { describe, expect, it } from 'vitest'
import { interviewSchema } from '../interview/schema'
import { loggedAttemptSchema, type LoggedAttempt } from './attempt-schema'
import { planFollowUps } from './plan'
import { hasMovedOn, planInputFor } from './plan-input'

const interview = interviewSchema.parse({
  id: 'i1',
  company: 'Acme',
  role: 'Designer',
  interviewDate: '2026-03-02',
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
})

let n = 0
function logged(date: string, extra: Partial<LoggedAttempt> = {}): LoggedAttempt {
  n++
  return loggedAttemptSchema.parse({
    id: `a${n}`,
    createdAt: `${date}T10:00:00.000Z`,
    kind: 'status-check',
    date,
    channel: 'email',
    ...extra,
  })
}

describe('planInputFor', () => {
  it('passes what the answer told you on to the engine', () => {
    const input = planInputFor(
      interview,
      [logged('2026-03-10', { answered: true, decisionBy: '2026-03-20' }), logged('2026-03-11')],
      [],
    )
    expect(input.attempts).toEqual([
      {
        kind: 'status-check',
        date: '2026-03-10',
        channel: 'email',
        answered: true,
        decisionBy: '2026-03-20',
      },
      { kind: 'status-check', date: '2026-03-11', channel: 'email' },
    ])
    // The date given on the first check holds past a week after the second.
    expect(planFollowUps(input).find((a) => a.kind === 'status-check')?.due).toBe('2026-03-24')
  })

  it('reads an attempt stored before answers carried a date', () => {
    const old = {
      id: 'old',
      createdAt: '2026-03-10T10:00:00.000Z',
      kind: 'status-check',
      date: '2026-03-10',
      channel: 'phone',
      note: 'Left a message',
      answered: false,
      outcome: null,
    }
    const parsed = loggedAttemptSchema.parse(old)
    expect(parsed).toEqual(old)
    expect(planInputFor(interview, [parsed], []).attempts).toEqual([
      { kind: 'status-check', date: '2026-03-10', channel: 'phone' },
    ])
  })

  it('plans on when a damaged record holds a decision date before its check', () => {
    const odd = { ...logged('2026-03-10'), answered: true, decisionBy: '2026-03-01' }
    expect(loggedAttemptSchema.parse(odd)).toEqual(odd)
    const input = planInputFor(interview, [odd], [])
    expect(input.attempts).toEqual([
      { kind: 'status-check', date: '2026-03-10', channel: 'email', answered: true },
    ])
    expect(planFollowUps(input).find((a) => a.kind === 'status-check')?.due).toBe('2026-03-17')
  })
})

describe('hasMovedOn (T6)', () => {
  it.each<[string, LoggedAttempt[], boolean]>([
    ['three unanswered', [logged('2026-03-10'), logged('2026-03-17'), logged('2026-03-24')], true],
    [
      'one answered among three',
      [logged('2026-03-10'), logged('2026-03-17', { answered: true }), logged('2026-03-24')],
      false,
    ],
    [
      'three unanswered after an answer',
      [
        logged('2026-03-03', { answered: true, decisionBy: '2026-03-06' }),
        logged('2026-03-10'),
        logged('2026-03-17'),
        logged('2026-03-24'),
      ],
      true,
    ],
    ['two unanswered', [logged('2026-03-10'), logged('2026-03-17')], false],
  ])('%s -> %s', (_name, attempts, movedOn) => {
    expect(hasMovedOn(interview, attempts)).toBe(movedOn)
    const planned = planFollowUps(planInputFor(interview, attempts, []))
    expect(planned.some((a) => a.kind === 'move-on')).toBe(movedOn)
  })

  it('a decided interview has not "moved on"', () => {
    const attempts = [logged('2026-03-10'), logged('2026-03-17'), logged('2026-03-24')]
    expect(hasMovedOn({ ...interview, outcome: 'rejected' }, attempts)).toBe(false)
  })
})
