import { systemClock, type Clock } from './ports'

/**
 * End-to-end tests pin "now" with FOLLOWUP_FAKE_NOW so planned dates are predictable; time still
 * moves forward from there. Never set in normal use.
 */
export function clockFromEnv(value = process.env.FOLLOWUP_FAKE_NOW): Clock {
  if (!value) return systemClock
  const offset = Date.parse(value) - Date.now()
  if (Number.isNaN(offset)) throw new Error(`FOLLOWUP_FAKE_NOW is not a date: ${value}`)
  return { now: () => new Date(Date.now() + offset) }
}

/**
 * How often reminders are checked: every minute, or FOLLOWUP_REMINDER_CHECK_MS in end-to-end
 * tests, so a reminder at a fake 09:00 arrives within a second rather than a minute.
 */
export function reminderCheckMsFromEnv(
  value = process.env.FOLLOWUP_REMINDER_CHECK_MS,
): number | undefined {
  const ms = Number(value)
  return Number.isInteger(ms) && ms >= 100 ? ms : undefined
}
