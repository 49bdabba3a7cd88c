import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fixedClock, hostIn, tempDir } from './testing/temp-host'

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => cleanup(dir))

async function withInterviews(companies: string[], at = '2026-03-02T08:00:00') {
  const clock = fixedClock(at)
  const { host, sent } = hostIn(dir, clock)
  const ids: string[] = []
  for (const company of companies) {
    const i = await host.api.createInterview({
      draft: { company, role: 'Designer', interviewDate: '2026-03-02' },
    })
    ids.push(i.id)
  }
  return { host, sent, clock, ids }
}

describe('daily reminder', () => {
  it('waits for the reminder time, sends once, and names the step', async () => {
    const { host, sent, clock, ids } = await withInterviews(['Acme'])
    expect(host.reminders.tick()).toBe(false)
    clock.set('2026-03-02T09:00:00')
    expect(host.reminders.tick()).toBe(true)
    expect(host.reminders.tick()).toBe(false)
    expect(sent).toEqual([
      {
        title: 'Acme: Send a thank-you email',
        body: expect.stringMatching(/./),
        interviewId: ids[0],
      },
    ])
    // A restart the same day does not repeat it.
    const again = hostIn(dir, clock)
    expect(again.host.reminders.tick()).toBe(false)
  })

  it('sums up several due steps and opens Today', async () => {
    const { host, sent, clock } = await withInterviews(['Acme', 'Globex', 'Initech', 'Umbrella'])
    clock.set('2026-03-02T12:00:00')
    host.reminders.tick()
    expect(sent).toEqual([
      {
        title: '4 follow-ups are due',
        body: 'Acme, Globex, Initech and 1 more. Open Today to see what to do.',
      },
    ])
  })

  it('follows the reminder time and the on/off setting', async () => {
    const { host, sent, clock } = await withInterviews(['Acme'])
    await host.api.updateSettings({ patch: { reminderTime: '10:30', notifications: false } })
    clock.set('2026-03-02T11:00:00')
    expect(host.reminders.tick()).toBe(false)
    await host.api.updateSettings({ patch: { notifications: true } })
    clock.set('2026-03-02T10:29:00')
    expect(host.reminders.tick()).toBe(false)
    clock.set('2026-03-02T10:30:00')
    expect(host.reminders.tick()).toBe(true)
    expect(sent).toHaveLength(1)
  })

  it('stays quiet on a day with nothing due', async () => {
    const { host, sent, clock, ids } = await withInterviews(['Acme'])
    await host.api.logAttempt({
      interviewId: ids[0]!,
      attempt: { kind: 'thank-you', date: '2026-03-02', channel: 'email' },
    })
    clock.set('2026-03-03T09:30:00')
    expect(host.reminders.tick()).toBe(false)
    expect(sent).toEqual([])
  })
})
