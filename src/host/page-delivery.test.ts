import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AppEvent } from '../contract/events'
import { PageDelivery } from './page-delivery'
import { cleanup, fixedClock, hostIn, tempDir } from './testing/temp-host'

const note = { title: 'Send a thank-you email · Acme', body: 'For Dana.' }

describe('PageDelivery', () => {
  afterEach(() => vi.useRealTimers())

  it('fails at once with no page open, so the reminder stays pending', async () => {
    const events: AppEvent[] = []
    const pages = new PageDelivery((e) => events.push(e))
    expect(await pages.send(note)).toBe(false)
    expect(events).toEqual([])
  })

  it('is delivered only when a page acknowledges it', async () => {
    const events: AppEvent[] = []
    const pages = new PageDelivery((e) => events.push(e))
    pages.connect()
    const result = pages.send(note)
    expect(events).toEqual([{ type: 'reminder', id: expect.any(String), ...note }])
    const id = (events[0] as { id: string }).id
    expect(pages.ack('not-this-one')).toBe(false)
    expect(pages.ack(id)).toBe(true)
    expect(await result).toBe(true)
    expect(pages.ack(id)).toBe(false)
  })

  it('gives the reminder back when every page that got it closed without answering', async () => {
    const pages = new PageDelivery(() => undefined)
    const leaveA = pages.connect()
    const leaveB = pages.connect()
    const result = pages.send(note)
    leaveA()
    leaveB()
    expect(await result).toBe(false)
  })

  it('gives up on a page that never answers', async () => {
    vi.useFakeTimers()
    const pages = new PageDelivery(() => undefined, 5000)
    pages.connect()
    const result = pages.send(note)
    await vi.advanceTimersByTimeAsync(5000)
    expect(await result).toBe(false)
  })
})

describe('web host reminders', () => {
  let dir = ''
  afterEach(() => cleanup(dir))

  /** A host wired as src/web/server.ts wires it: reminders go to pages, pages acknowledge. */
  function webHost(at: string) {
    const clock = fixedClock(at)
    const events: AppEvent[] = []
    const made = hostIn(dir, clock, { notifier: { notify: (n) => made.host.pages.send(n) } })
    made.host.events.subscribe((e) => events.push(e))
    return { ...made, clock, events }
  }

  it('keeps a reminder that came due with no page open, and delivers it when a page connects', async () => {
    dir = tempDir()
    const { host, events } = webHost('2026-03-02T12:00:00')
    await host.api.createInterview({
      draft: { company: 'Acme', role: 'Designer', interviewDate: '2026-03-02' },
    })
    expect(await host.reminders.check()).toBe(0)
    expect(host.reminders.pending()).toHaveLength(1)

    host.pages.connect()
    await vi.waitFor(() => expect(events.filter((e) => e.type === 'reminder')).toHaveLength(1))
    const reminder = events.find((e) => e.type === 'reminder') as { id: string; title: string }
    expect(reminder.title).toBe('Send a thank-you email · Acme')
    await host.api.ackReminder({ id: reminder.id })
    await vi.waitFor(() => expect(host.reminders.pending()).toHaveLength(0))

    // Reopened later that day: nothing is sent again.
    const again = webHost('2026-03-02T15:00:00')
    again.host.pages.connect()
    expect(await again.host.reminders.check()).toBe(0)
    expect(again.events.filter((e) => e.type === 'reminder')).toEqual([])
  })

  it('does not mark the day done at a start with nothing due', async () => {
    dir = tempDir()
    const { host, clock, events } = webHost('2026-03-02T09:30:00')
    host.pages.connect()
    expect(await host.reminders.check()).toBe(0)
    clock.set('2026-03-02T13:00:00')
    await host.api.createInterview({
      draft: { company: 'Acme', role: 'Designer', interviewDate: '2026-03-02' },
    })
    void host.reminders.check()
    await vi.waitFor(() => expect(events.some((e) => e.type === 'reminder')).toBe(true))
  })
})
