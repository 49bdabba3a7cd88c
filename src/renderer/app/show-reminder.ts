import type { AppEvent } from '../../contract/events'
import type { Toast } from '../components/Toasts'
import { navigate } from './router'

type Reminder = Extract<AppEvent, { type: 'reminder' }>

/**
 * The web host's reminders arrive over SSE: shown as a system notification when the user allowed
 * them, and always as a calm in-app message too, so nothing depends on a permission prompt.
 */
export function showReminder(event: Reminder, toast: (t: Omit<Toast, 'id'>) => void): void {
  const open = () =>
    navigate(event.interviewId ? { name: 'interview', id: event.interviewId } : { name: 'today' })
  if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
    const n = new Notification(event.title, { body: event.body })
    n.onclick = () => {
      window.focus()
      open()
    }
  }
  toast({
    message: `${event.title}. ${event.body}`,
    ms: 15_000,
    action: { label: 'Open', run: open },
  })
}
