import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PlannerService } from './planner-service'
import { cleanup, fixedClock, hostIn, restart, tempDir } from './testing/temp-host'

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(async () => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  await cleanup(dir)
})

async function setUp(
  companies: string[],
  at = '2026-03-02T08:00:00',
  interviewDate = '2026-03-02',
) {
  const clock = fixedClock(at)
  const { host, sent } = hostIn(dir, clock)
  const ids: string[] = []
  for (const company of companies) {
    const i = await host.api.createInterview({
      draft: {
        company,
        role: 'Designer',
        interviewDate,
        interviewers: [{ firstName: 'Dana', lastName: 'Lee' }],
      },
    })
    ids.push(i.id)
  }
  /** Moves the clock to `at` and checks, as the minute timer would then. */
  const checkAt = (at: string) => {
    clock.set(at)
    return host.reminders.check()
  }
  return { host, sent, clock, ids, checkAt }
}

describe('reminders at the reminder time', () => {
  it('waits for the reminder time, sends once, and says what to do, for whom and how', async () => {
    const { host, sent, clock, ids, checkAt } = await setUp(['Acme'])
    expect(await host.reminders.check()).toBe(0)
    expect(await checkAt('2026-03-02T09:00:00')).toBe(1)
    expect(await host.reminders.check()).toBe(0)
    expect(sent).toEqual([
      {
        title: 'Send a thank-you email · Acme',
        body:
          'For Dana Lee, about the Designer interview on Mon, Mar 2. ' +
          'Thank them on the day, while the conversation is still fresh for everyone.',
        interviewId: ids[0],
        actionKey: 'thank-you',
      },
    ])
    // A restart the same day does not repeat it.
    const again = await restart(host, dir, clock)
    expect(await again.host.reminders.check()).toBe(0)
    expect(again.sent).toEqual([])
  })

  it('sums several due steps up in one notification that opens Today', async () => {
    const { sent, checkAt } = await setUp(['Acme', 'Globex', 'Initech', 'Umbrella'])
    expect(await checkAt('2026-03-02T12:00:00')).toBe(4)
    expect(sent).toEqual([
      {
        title: '4 follow-ups are due',
        body:
          'Acme: send a thank-you email; Globex: send a thank-you email; ' +
          'Initech: send a thank-you email, and 1 more. Open Today to see them.',
      },
    ])
  })

  it('follows the reminder time and the on/off setting', async () => {
    const { host, sent, clock, checkAt } = await setUp(['Acme'])
    await host.api.updateSettings({ patch: { reminderTime: '10:30', notifications: false } })
    expect(await checkAt('2026-03-02T11:00:00')).toBe(0)
    await host.api.updateSettings({ patch: { notifications: true } })
    clock.set('2026-03-02T10:29:00')
    await host.api.updateSettings({ patch: { reminderTime: '10:30' } })
    expect(await host.reminders.check()).toBe(0)
    expect(await checkAt('2026-03-02T10:30:00')).toBe(1)
    expect(sent).toHaveLength(1)
  })

  it('names the recruiter for a check that goes through them (T11)', async () => {
    const clock = fixedClock('2026-03-12T09:00:00')
    const { host, sent } = hostIn(dir, clock)
    const i = await host.api.createInterview({
      draft: {
        company: 'Acme',
        role: 'Designer',
        interviewDate: '2026-03-02',
        recruiter: { name: 'Sam Park', agency: 'Hire Co' },
      },
    })
    for (const kind of ['thank-you', 'recruiter-debrief'] as const) {
      await host.api.logAttempt({
        interviewId: i.id,
        attempt: { kind, date: '2026-03-02', channel: kind === 'thank-you' ? 'email' : 'phone' },
      })
    }
    await host.reminders.check()
    expect(sent).toEqual([
      expect.objectContaining({
        title: 'Check in with your recruiter by email (first check) · Acme',
        body:
          'For your recruiter, Sam Park (Hire Co), about the Designer interview on Mon, Mar 2. ' +
          'Due since Tue, Mar 10. No timeframe given, so a little over a week: ' +
          'exactly seven days can feel like a reminder set on a timer.',
      }),
    ])
  })

  it('never reminds about the example interview, only about real ones', async () => {
    const { host, sent, clock } = await setUp([])
    await host.api.addExampleInterview()
    clock.set('2026-03-02T09:00:00')
    expect((await host.api.getToday()).dueToday.length).toBeGreaterThan(0)
    expect(await host.reminders.check()).toBe(0)
    await host.api.createInterview({
      draft: { company: 'Acme', role: 'Designer', interviewDate: '2026-03-02' },
    })
    expect(await host.reminders.check()).toBe(1)
    expect(sent.map((n) => n.title)).toEqual(['Send a thank-you email · Acme'])
  })
})

describe('catching up', () => {
  it('delivers what came due during sleep once, as one summary, even on a double resume', async () => {
    const { host, sent, clock } = await setUp(['Acme', 'Globex'], '2026-03-01T22:00:00')
    expect(await host.reminders.check()).toBe(0)
    // Asleep overnight; the machine wakes at 10:15 and reports resume and unlock together.
    clock.set('2026-03-02T10:15:00')
    const [a, b] = await Promise.all([host.reminders.check(), host.reminders.check()])
    expect(a + b).toBeGreaterThan(0)
    expect(sent).toEqual([expect.objectContaining({ title: '2 follow-ups are due' })])
    expect(await host.reminders.check()).toBe(0)
    expect(sent).toHaveLength(1)
  })

  it('catches up at start after the app was closed over the reminder time, never twice', async () => {
    const { host } = await setUp(['Acme'], '2026-03-02T08:00:00')
    const late = fixedClock('2026-03-02T15:00:00')
    const first = await restart(host, dir, late)
    expect(await first.host.reminders.check()).toBe(1)
    const second = await restart(first.host, dir, late)
    expect(await second.host.reminders.check()).toBe(0)
    expect([...first.sent, ...second.sent]).toHaveLength(1)
  })

  it('marks a reminder delivered only when it was shown, and tries again until it is', async () => {
    const { host, clock } = await setUp(['Acme'])
    clock.set('2026-03-02T09:00:00')
    let shown = false
    const attempts: string[] = []
    const other = await restart(host, dir, clock, {
      notifier: {
        notify: async (n) => {
          attempts.push(n.title)
          return shown
        },
      },
    })
    expect(await other.host.reminders.check()).toBe(0)
    expect(await other.host.reminders.check()).toBe(0)
    shown = true
    expect(await other.host.reminders.check()).toBe(1)
    expect(await other.host.reminders.check()).toBe(0)
    expect(attempts).toHaveLength(3)
  })

  it('does not spend the day when nothing is due: an interview added later still reminds', async () => {
    const clock = fixedClock('2026-03-02T09:30:00')
    const { host, sent } = hostIn(dir, clock)
    expect(await host.reminders.check()).toBe(0)
    clock.set('2026-03-02T14:00:00')
    await host.api.createInterview({
      draft: { company: 'Acme', role: 'Designer', interviewDate: '2026-03-02' },
    })
    expect(await host.reminders.check()).toBe(1)
    expect(sent).toEqual([expect.objectContaining({ title: 'Send a thank-you email · Acme' })])
  })

  it('does not repeat, after an upgrade, the day the old version already reminded', async () => {
    await setUp(['Acme'])
    fs.writeFileSync(
      path.join(dir, 'reminders.json'),
      JSON.stringify({ schemaVersion: 1, lastSentDay: '2026-03-02' }),
    )
    const clock = fixedClock('2026-03-02T16:00:00')
    const { host, sent } = hostIn(dir, clock)
    expect(await host.reminders.check()).toBe(0)
    expect(sent).toEqual([])
  })
})

describe('quiet hours', () => {
  it('holds reminders during quiet hours and delivers them when they end', async () => {
    const { host, sent, checkAt } = await setUp(['Acme', 'Globex'], '2026-03-02T07:00:00')
    await host.api.updateSettings({
      patch: { quietHours: { enabled: true, start: '20:00', end: '09:30' } },
    })
    expect(await checkAt('2026-03-02T09:00:00')).toBe(0)
    expect(await checkAt('2026-03-02T09:29:00')).toBe(0)
    expect(await checkAt('2026-03-02T09:30:00')).toBe(2)
    expect(sent).toEqual([expect.objectContaining({ title: '2 follow-ups are due' })])
  })

  it('refuses quiet hours that start and end at the same time', async () => {
    const { host } = await setUp([])
    await expect(
      host.api.updateSettings({
        patch: { quietHours: { enabled: true, start: '08:00', end: '08:00' } },
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' })
  })
})

describe('done or snoozed steps', () => {
  it('never reminds of a step done before its time', async () => {
    const { host, sent, ids, checkAt } = await setUp(['Acme'])
    await host.api.logAttempt({
      interviewId: ids[0]!,
      attempt: { kind: 'thank-you', date: '2026-03-02', channel: 'email' },
    })
    expect(await checkAt('2026-03-02T09:00:00')).toBe(0)
    expect(await checkAt('2026-03-03T09:30:00')).toBe(0)
    expect(sent).toEqual([])
  })

  it('"1 hour" reminds an hour later, the same step again', async () => {
    const { host, sent, clock, ids, checkAt } = await setUp(['Acme'], '2026-03-02T09:00:00')
    expect(await host.reminders.check()).toBe(1)
    clock.set('2026-03-02T09:10:00')
    const view = await host.api.snoozeAction({
      interviewId: ids[0]!,
      key: 'thank-you',
      preset: 'hour',
    })
    expect(view.actions[0]).toMatchObject({ snoozedUntil: '2026-03-02', snoozeTime: '10:10' })
    expect(await checkAt('2026-03-02T10:09:00')).toBe(0)
    expect(await checkAt('2026-03-02T10:10:00')).toBe(1)
    expect(sent).toHaveLength(2)
  })

  it('"tomorrow" comes back at the reminder time the next day', async () => {
    const { host, sent, ids, checkAt } = await setUp(['Acme'], '2026-03-02T08:30:00')
    await host.api.snoozeAction({ interviewId: ids[0]!, key: 'thank-you', preset: 'tomorrow' })
    expect(await checkAt('2026-03-02T12:00:00')).toBe(0)
    expect(await checkAt('2026-03-03T08:59:00')).toBe(0)
    expect(await checkAt('2026-03-03T09:00:00')).toBe(1)
    expect(sent[0]?.body).toBe(
      'For Dana Lee, about the Designer interview on Mon, Mar 2. Due since Mon, Mar 2. ' +
        'Thank them on the day, while the conversation is still fresh for everyone.',
    )
  })

  it('"next business day" skips the weekend and the user’s holidays', async () => {
    // Friday 6 March; Monday 9 March is a holiday.
    const { host, ids } = await setUp(['Acme'], '2026-03-06T10:00:00', '2026-03-06')
    await host.api.updateSettings({ patch: { holidays: ['2026-03-09'] } })
    const view = await host.api.snoozeAction({
      interviewId: ids[0]!,
      key: 'thank-you',
      preset: 'next-business-day',
    })
    expect(view.actions[0]).toMatchObject({ snoozedUntil: '2026-03-10' })
    expect(view.actions[0]?.snoozeTime).toBeUndefined()
  })

  it('a picked day and time reminds then; a time already past is refused', async () => {
    const { host, sent, ids, checkAt } = await setUp(['Acme'], '2026-03-02T08:00:00')
    await expect(
      host.api.snoozeAction({
        interviewId: ids[0]!,
        key: 'thank-you',
        until: '2026-03-02',
        at: '07:00',
      }),
    ).rejects.toMatchObject({ code: 'invalid-input', issues: [{ path: 'at' }] })
    await host.api.snoozeAction({
      interviewId: ids[0]!,
      key: 'thank-you',
      until: '2026-03-04',
      at: '14:45',
    })
    expect(await checkAt('2026-03-04T09:00:00')).toBe(0)
    expect(await checkAt('2026-03-04T14:45:00')).toBe(1)
    expect(sent).toHaveLength(1)
  })

  it('still reads a day-only snooze saved by an earlier version', async () => {
    const { host, ids } = await setUp(['Acme'], '2026-03-02T08:00:00')
    await host.dispose()
    // How an earlier version stored it: a whole-file log with a day and no time.
    const legacy = {
      schemaVersion: 1,
      followups: {
        [ids[0]!]: { attempts: [], overrides: { 'thank-you': { snoozedUntil: '2026-03-05' } } },
      },
    }
    for (const f of fs.readdirSync(dir).filter((f) => f.startsWith('followups.'))) {
      fs.rmSync(path.join(dir, f))
    }
    fs.writeFileSync(path.join(dir, 'followups.json'), JSON.stringify(legacy))
    const reopened = hostIn(dir, fixedClock('2026-03-02T08:00:00'))
    const today = await reopened.host.api.getToday()
    expect(today.upcoming[0]).toMatchObject({ effectiveDue: '2026-03-05' })
  })

  it('refuses a snooze with both a preset and a day, or a time without a day', async () => {
    const { host, ids } = await setUp(['Acme'])
    await expect(
      host.call('snoozeAction', {
        interviewId: ids[0],
        key: 'thank-you',
        preset: 'hour',
        until: '2026-03-05',
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(
      host.call('snoozeAction', {
        interviewId: ids[0],
        key: 'thank-you',
        preset: 'hour',
        at: '10:00',
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' })
  })
})

describe('the background check', () => {
  it('keeps running when a check throws: the error is logged and never escapes the interval', async () => {
    vi.useFakeTimers()
    const { host } = await setUp(['Acme'], '2026-03-02T09:00:00')
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.spyOn(PlannerService.prototype, 'dueRows').mockImplementation(() => {
      throw new Error('disk on fire')
    })
    host.reminders.start(1000)
    await vi.advanceTimersByTimeAsync(3500)
    expect(logged).toHaveBeenCalledWith('[reminders] check failed:', expect.any(Error))
    expect(logged.mock.calls.length).toBeGreaterThanOrEqual(3)
    host.reminders.stop()
  })
})
