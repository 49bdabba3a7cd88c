import { openReminder } from './show-reminder'
import { reminderBanner, useBannerReminders } from './reminder-store'
import './reminders.css'

/**
 * Reminders that could not be shown as a system notification (not allowed, or no notification
 * service): they stay at the top of the page until the user opens or dismisses them.
 */
export function ReminderBanner() {
  const reminders = useBannerReminders()
  if (reminders.length === 0) return null
  return (
    <div className="reminder-banners" aria-live="polite">
      {reminders.map((r) => (
        <section key={r.id} className="reminder-banner" aria-label={`Reminder: ${r.title}`}>
          <div className="reminder-text">
            <strong>{r.title}</strong>
            <p>{r.body}</p>
          </div>
          <div className="reminder-actions">
            <button
              type="button"
              className="button small primary"
              onClick={() => {
                reminderBanner.remove(r.id)
                openReminder(r)
              }}
            >
              {r.interviewId ? 'Open' : 'Open Today'}
            </button>
            <button
              type="button"
              className="button small subtle"
              aria-label={`Dismiss reminder: ${r.title}`}
              onClick={() => reminderBanner.remove(r.id)}
            >
              Dismiss
            </button>
          </div>
        </section>
      ))}
    </div>
  )
}
