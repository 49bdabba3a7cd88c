import type { AppEvent } from '../../contract/events'
import { getClient } from '../api/client'
import { reminderBanner, type Reminder } from './reminder-store'
import { navigate } from '../routing/router'

/** Once the interview page shows the step, scroll to it and move focus there. */
function focusStep(actionKey: string, triesLeft = 60): void {
  const step = document.querySelector<HTMLElement>(`[data-step="${CSS.escape(actionKey)}"]`)
  if (step) {
    step.scrollIntoView({ block: 'center' })
    step.focus()
  } else if (triesLeft > 0) {
    requestAnimationFrame(() => focusStep(actionKey, triesLeft - 1))
  }
}

/** Where a reminder takes the user: its interview, on that step, or Today for a summary. */
export function openReminder(event: Pick<Reminder, 'interviewId' | 'actionKey'>): void {
  if (!event.interviewId) return navigate({ name: 'today' })
  navigate({ name: 'interview', id: event.interviewId })
  if (event.actionKey) focusStep(event.actionKey)
}

/** Whether this page can show system notifications right now (the user allowed them). */
export function canNotify(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted' && !window.api
}

/**
 * A reminder pushed by the host: a system notification once the user allowed them (Settings), an
 * in-page banner otherwise. Either way the page then tells the host it was shown, which is what
 * marks it delivered; a tab that never shows it leaves it pending for the next page.
 */
export function showReminder(event: Extract<AppEvent, { type: 'reminder' }>): void {
  let shownAsSystem = false
  if (canNotify()) {
    try {
      // The tag makes two open tabs show one notification, not two.
      const n = new Notification(event.title, { body: event.body, tag: event.id })
      n.onclick = () => {
        window.focus()
        openReminder(event)
        n.close()
      }
      shownAsSystem = true
    } catch {
      // Some engines refuse `new Notification` (Android Chrome); the banner still shows it.
    }
  }
  if (!shownAsSystem) reminderBanner.add(event)
  void getClient()
    .ackReminder({ id: event.id })
    .catch(() => undefined)
}
