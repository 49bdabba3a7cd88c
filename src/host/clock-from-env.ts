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
