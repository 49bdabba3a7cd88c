import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ActionView } from '../../contract/planner-api'
import { defaultSettings } from '../../core/settings/schema'
import { openReminder, showReminder } from './show-reminder'
import { SnoozeForm } from '../screens/followups/SnoozeForm'
import { NotificationSettings } from '../screens/settings/NotificationSettings'
import { fakeClient } from '../testing/fake-client'
import { renderWith } from '../testing/render-app'
import { ReminderBanner } from './ReminderBanner'
import { reminderBanner } from './reminder-store'
import { todayView } from '../testing/today-view'

const reminder = {
  type: 'reminder' as const,
  id: 'r1',
  title: 'Send a thank-you email · Acme',
  body: 'For Dana, about the Designer interview.',
  interviewId: 'i1',
}

/** A stand-in for the browser's Notification, recording what was shown. */
function fakeNotifications(permission: NotificationPermission) {
  const shown: { title: string; options?: NotificationOptions }[] = []
  class FakeNotification {
    static permission = permission
    static requestPermission = vi.fn(async () => {
      FakeNotification.permission = 'granted'
      return 'granted' as const
    })
    onclick: (() => void) | null = null
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, options })
    }
    close() {}
  }
  vi.stubGlobal('Notification', FakeNotification)
  return { shown, FakeNotification }
}

beforeEach(() => reminderBanner.clear())
afterEach(() => {
  vi.unstubAllGlobals()
  window.location.hash = ''
})

describe('a pushed reminder', () => {
  it('shows as a system notification once allowed, and tells the host it was shown', async () => {
    const { shown } = fakeNotifications('granted')
    const { client } = fakeClient({ ackReminder: async () => undefined })
    renderWith(client, <ReminderBanner />)
    act(() => showReminder(reminder))
    expect(shown).toEqual([{ title: reminder.title, options: { body: reminder.body, tag: 'r1' } }])
    expect(client.ackReminder).toHaveBeenCalledWith({ id: 'r1' })
    expect(screen.queryByRole('region', { name: /Reminder:/ })).toBeNull()
  })

  it('falls back to a banner that stays until opened or dismissed, and is acknowledged too', async () => {
    const { shown } = fakeNotifications('default')
    const { client } = fakeClient({ ackReminder: async () => undefined })
    renderWith(client, <ReminderBanner />)
    act(() => showReminder(reminder))
    expect(shown).toEqual([])
    expect(client.ackReminder).toHaveBeenCalledWith({ id: 'r1' })
    const banner = await screen.findByRole('region', { name: `Reminder: ${reminder.title}` })
    expect(banner).toHaveTextContent(reminder.body)
    await userEvent.click(screen.getByRole('button', { name: 'Open' }))
    expect(window.location.hash).toBe('#/interviews/i1')
    expect(screen.queryByRole('region', { name: /Reminder:/ })).toBeNull()
  })
})

describe('opening a reminder', () => {
  it('goes to the interview and puts focus on that step once the page shows it', async () => {
    const { client } = fakeClient()
    renderWith(
      client,
      <ul>
        <li data-step="status-check:1" tabIndex={-1}>
          Check in by email
        </li>
      </ul>,
    )
    Element.prototype.scrollIntoView = vi.fn()
    openReminder({ interviewId: 'i1', actionKey: 'status-check:1' })
    expect(window.location.hash).toBe('#/interviews/i1')
    await waitFor(() => expect(screen.getByText('Check in by email')).toHaveFocus())
  })

  it('a summary opens Today', () => {
    window.location.hash = '#/settings'
    openReminder({})
    expect(window.location.hash).toBe('#/')
  })
})

describe('Settings: desktop notifications', () => {
  it('asks for permission only when the user presses the button', async () => {
    const { FakeNotification } = fakeNotifications('default')
    const { client } = fakeClient()
    renderWith(client, <NotificationSettings settings={defaultSettings} />)
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Turn on desktop notifications' }))
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1)
    expect(await screen.findByText('Desktop notifications are on for this browser.')).toBeVisible()
  })

  it('explains how to unblock notifications the browser refused', () => {
    fakeNotifications('denied')
    const { client } = fakeClient()
    renderWith(client, <NotificationSettings settings={defaultSettings} />)
    expect(screen.getByText(/blocks notifications from Follow-Through/)).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Turn on desktop notifications' })).toBeNull()
  })

  it('saves quiet hours and shows the host’s refusal beside the field', async () => {
    const { client } = fakeClient({
      updateSettings: async () => {
        throw Object.assign(new Error('Quiet hours need a different start and end.'), {
          code: 'invalid-input',
          issues: [
            {
              path: 'patch.quietHours.end',
              message: 'Quiet hours need a different start and end.',
            },
          ],
        })
      },
    })
    const settings = {
      ...defaultSettings,
      quietHours: { enabled: true, start: '21:00', end: '08:00' },
    }
    renderWith(client, <NotificationSettings settings={settings} />)
    await userEvent.click(screen.getByRole('button', { name: 'Save quiet hours' }))
    expect(client.updateSettings).toHaveBeenCalledWith({
      patch: { quietHours: { enabled: true, start: '21:00', end: '08:00' } },
    })
    expect(await screen.findByText('Quiet hours need a different start and end.')).toBeVisible()
  })
})

describe('snooze choices', () => {
  const action: ActionView = {
    kind: 'thank-you',
    key: 'thank-you',
    due: '2026-03-06',
    channel: 'email',
    reason: 'Thank them.',
  }
  const view = {
    interviewId: 'i1',
    actions: [{ ...action, snoozedUntil: '2026-03-06', snoozeTime: '11:00' }],
    attempts: [],
    dismissed: [],
    movedOn: false,
    today: '2026-03-06',
  }

  it('offers 1 hour, tomorrow at the reminder time, the next business day and a picked time', async () => {
    const { client } = fakeClient({
      getSettings: async () => ({
        ...defaultSettings,
        reminderTime: '08:30',
        holidays: ['2026-03-09'],
      }),
      snoozeAction: async () => view,
      getToday: async () => todayView('2026-03-06', {}, true),
      listInterviews: async () => [],
      getFollowUps: async () => view,
    })
    const onClose = vi.fn()
    renderWith(
      client,
      <SnoozeForm
        interviewId="i1"
        action={action}
        label="Send a thank-you email"
        today="2026-03-06"
        onClose={onClose}
      />,
    )
    // Friday: the next business day skips the weekend and Monday's holiday.
    expect(await screen.findByRole('button', { name: 'Tomorrow at 08:30' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Next business day (Tue, Mar 10)' })).toBeVisible()
    await userEvent.click(screen.getByRole('button', { name: '1 hour' }))
    expect(client.snoozeAction).toHaveBeenLastCalledWith({
      interviewId: 'i1',
      key: 'thank-you',
      preset: 'hour',
    })
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(await screen.findByText('Snoozed until 11:00 today.')).toBeVisible()

    await userEvent.clear(screen.getByLabelText('Snooze until'))
    await userEvent.type(screen.getByLabelText('Snooze until'), '2026-03-11')
    await userEvent.type(screen.getByLabelText('At (optional)'), '14:45')
    await userEvent.click(screen.getByRole('button', { name: 'Snooze' }))
    expect(client.snoozeAction).toHaveBeenLastCalledWith({
      interviewId: 'i1',
      key: 'thank-you',
      until: '2026-03-11',
      at: '14:45',
    })
  })
})
