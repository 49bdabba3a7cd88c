import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixedClock, hostIn, tempDir, rejection } from './testing/temp-host'

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
})

// Local times (no Z): the planner works on the user's local calendar.
const monday = '2026-03-02T10:00:00'

async function setup(draft: Record<string, unknown> = {}) {
  const clock = fixedClock(monday)
  const { host } = hostIn(dir, clock)
  const interview = await host.api.createInterview({
    draft: { company: 'Acme', role: 'Designer', interviewDate: '2026-03-02', ...draft },
  })
  return { host, clock, id: interview.id }
}

const plan = (v: { actions: { key: string; due: string; channel?: string }[] }) =>
  v.actions.map((a) => `${a.key} ${a.due}${a.channel ? ` ${a.channel}` : ''}`)

describe('planner through the API', () => {
  it('re-plans on every logged attempt, all the way to moving on', async () => {
    const { host, clock, id } = await setup()
    expect(plan(await host.api.getFollowUps({ interviewId: id }))).toEqual([
      'thank-you 2026-03-02 email',
      'status-check:1 2026-03-10 email',
    ])
    let view = await host.api.logAttempt({
      interviewId: id,
      attempt: { kind: 'thank-you', date: '2026-03-02', channel: 'email' },
    })
    expect(plan(view)).toEqual(['status-check:1 2026-03-10 email'])

    const steps: [string, string[]][] = [
      ['2026-03-10', ['status-check:2 2026-03-17 phone']],
      ['2026-03-17', ['status-check:3 2026-03-24 email']],
      ['2026-03-24', ['move-on 2026-03-31']],
    ]
    for (const [day, expected] of steps) {
      clock.set(`${day}T10:00:00`)
      view = await host.api.logAttempt({
        interviewId: id,
        attempt: { kind: 'status-check', date: day, channel: 'email' },
      })
      expect(plan(view)).toEqual(expected)
    }
    expect(view.movedOn).toBe(true)
    expect(view.today).toBe('2026-03-24')
    expect(view.attempts.map((a) => a.date)).toEqual([
      '2026-03-24',
      '2026-03-17',
      '2026-03-10',
      '2026-03-02',
    ])
    // The log survives a restart.
    const again = hostIn(dir, clock).host
    expect(await again.api.getFollowUps({ interviewId: id })).toEqual(view)
  })

  it('an answer with a decision sets the outcome and ends the plan', async () => {
    const { host, id } = await setup()
    const view = await host.api.logAttempt({
      interviewId: id,
      attempt: {
        kind: 'thank-you',
        date: '2026-03-02',
        channel: 'email',
        answered: true,
        outcome: 'offer',
      },
    })
    expect(view.actions).toEqual([])
    expect((await host.api.getInterview({ id })).outcome).toBe('offer')
  })

  it('deleting a logged attempt brings its step back', async () => {
    const { host, id } = await setup()
    const view = await host.api.logAttempt({
      interviewId: id,
      attempt: { kind: 'thank-you', date: '2026-03-02', channel: 'note', note: 'Posted a card' },
    })
    expect(view.attempts[0]?.note).toBe('Posted a card')
    const back = await host.api.deleteAttempt({ interviewId: id, attemptId: view.attempts[0]!.id })
    expect(plan(back)[0]).toBe('thank-you 2026-03-02 email')
  })

  it('snoozes, dismisses and restores steps, and the Today view follows', async () => {
    const { host, clock, id } = await setup({ recruiter: { name: 'Rita' } })
    let today = await host.api.getToday()
    expect(today.today).toBe('2026-03-02')
    expect(today.dueToday.map((r) => r.action.key)).toEqual(['thank-you', 'recruiter-debrief'])
    expect(today.upcoming.map((r) => `${r.action.key} ${r.effectiveDue}`)).toEqual([
      'status-check:1 2026-03-10',
    ])
    await host.api.snoozeAction({ interviewId: id, key: 'thank-you', until: '2026-03-03' })
    await host.api.dismissAction({ interviewId: id, key: 'recruiter-debrief' })
    today = await host.api.getToday()
    expect(today.dueToday).toEqual([])
    expect(today.upcoming.map((r) => `${r.action.key} ${r.effectiveDue}`)).toEqual([
      'thank-you 2026-03-03',
      'status-check:1 2026-03-10',
    ])
    const view = await host.api.getFollowUps({ interviewId: id })
    expect(view.dismissed.map((a) => a.key)).toEqual(['recruiter-debrief'])
    expect(view.actions[0]).toMatchObject({ key: 'thank-you', snoozedUntil: '2026-03-03' })

    clock.set('2026-03-05T10:00:00')
    today = await host.api.getToday()
    expect(today.overdue.map((r) => `${r.action.key} ${r.daysOverdue}`)).toEqual(['thank-you 2'])

    await host.api.restoreAction({ interviewId: id, key: 'recruiter-debrief' })
    today = await host.api.getToday()
    expect(today.overdue.map((r) => r.action.key)).toEqual(['recruiter-debrief', 'thank-you'])
  })

  it('leaves deleted interviews off the Today view', async () => {
    const { host, id } = await setup()
    await host.api.deleteInterview({ id })
    expect((await host.api.getToday()).dueToday).toEqual([])
  })

  it('re-plans when holidays change', async () => {
    const { host, id } = await setup()
    await host.api.updateSettings({ patch: { holidays: ['2026-03-10'] } })
    expect(plan(await host.api.getFollowUps({ interviewId: id }))[1]).toBe(
      'status-check:1 2026-03-11 email',
    )
  })

  it('shows the next step in the tracker list', async () => {
    const { host, id } = await setup()
    await host.api.logAttempt({
      interviewId: id,
      attempt: { kind: 'thank-you', date: '2026-03-02', channel: 'email' },
    })
    const [row] = await host.api.listInterviews()
    expect(row?.next).toMatchObject({ key: 'status-check:1', due: '2026-03-10', channel: 'email' })
  })
})

describe('bad planner input is refused and changes nothing', () => {
  it.each([
    [
      'a date before the interview',
      { kind: 'status-check', date: '2026-03-01', channel: 'email' },
      'A follow-up can’t be before the interview (2026-03-02).',
    ],
    [
      'a date in the future',
      { kind: 'status-check', date: '2026-03-03', channel: 'email' },
      'A follow-up you made can’t be in the future.',
    ],
    [
      'a text message',
      { kind: 'status-check', date: '2026-03-02', channel: 'text' },
      'Choose how you got in touch.',
    ],
    [
      'a malformed date',
      { kind: 'status-check', date: '2026-02-31', channel: 'email' },
      'The date must be a real date (YYYY-MM-DD).',
    ],
    [
      'an unknown field',
      { kind: 'status-check', date: '2026-03-02', channel: 'email', mood: 'anxious' },
      'Unknown field “mood”: nothing was saved.',
    ],
  ])('%s', async (_name, attempt, message) => {
    const { host, id } = await setup()
    const file = path.join(dir, 'followups.json')
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
    const err = await rejection(host.call('logAttempt', { interviewId: id, attempt }))
    expect(err.code).toBe('invalid-input')
    expect(err.message).toBe(message)
    expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null).toBe(before)
    expect((await host.api.getFollowUps({ interviewId: id })).attempts).toEqual([])
  })

  it.each([
    [
      'an unknown step',
      { key: 'send-flowers', until: '2026-03-05' },
      'That is not a follow-up step this app knows.',
    ],
    [
      'a past snooze date',
      { key: 'thank-you', until: '2026-03-02' },
      'Pick a day after today to snooze until.',
    ],
  ])('snooze with %s', async (_name, input, message) => {
    const { host, id } = await setup()
    const err = await rejection(host.call('snoozeAction', { interviewId: id, ...input }))
    expect(err.message).toBe(message)
    expect(
      (await host.api.getFollowUps({ interviewId: id })).actions[0]?.snoozedUntil,
    ).toBeUndefined()
  })

  it('refuses an unknown interview', async () => {
    const { host } = await setup()
    const err = await rejection(host.api.getFollowUps({ interviewId: 'nope' }))
    expect(err.code).toBe('not-found')
  })
})
