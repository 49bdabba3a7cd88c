import { Notification } from 'electron'
import type { Notifier, ReminderNotification } from '../host/ports'

/** A shown notification we never hear from again is released after this many newer ones. */
const MAX_LIVE = 50
/** Some Linux notification servers never report `show`; after this, no `failed` means shown. */
const SHOW_TIMEOUT_MS = 10_000

export interface ElectronNotifierOptions {
  /** The user clicked the notification. */
  onClick(n: ReminderNotification): void
  /** Where OS notifications are unavailable: the window shows it (and acknowledges). */
  fallback(n: ReminderNotification): Promise<boolean>
  icon?: string
}

/**
 * OS notifications for reminders. Each one is kept referenced until it is clicked, closed or
 * failed: Electron holds a Notification only weakly, so one without a live reference can be
 * garbage-collected and its click silently lost (electron/electron#16922).
 */
export function electronNotifier(options: ElectronNotifierOptions): Notifier & { live(): number } {
  const live = new Set<Notification>()
  const release = (n: Notification) => live.delete(n)
  return {
    live: () => live.size,
    notify(reminder) {
      if (!Notification.isSupported()) return options.fallback(reminder)
      return new Promise<boolean>((resolve) => {
        const note = new Notification({
          title: reminder.title,
          body: reminder.body,
          ...(options.icon ? { icon: options.icon } : {}),
        })
        live.add(note)
        if (live.size > MAX_LIVE) release(live.values().next().value!)
        let settled = false
        const settle = (shown: boolean) => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          resolve(shown)
        }
        const timer = setTimeout(() => settle(true), SHOW_TIMEOUT_MS)
        note.on('show', () => settle(true))
        note.on('failed', () => {
          release(note)
          settle(false)
        })
        note.on('click', () => {
          release(note)
          options.onClick(reminder)
        })
        note.on('close', () => release(note))
        note.show()
      })
    },
  }
}
