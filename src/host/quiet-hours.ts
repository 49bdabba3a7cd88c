import { format } from 'date-fns'
import type { Settings } from '../core/settings/schema'

/** Whether `now` falls in the quiet hours; a span that crosses midnight (21:00–08:00) works too. */
export function inQuietHours(now: Date, quiet: Settings['quietHours']): boolean {
  if (!quiet.enabled || quiet.start === quiet.end) return false
  const t = format(now, 'HH:mm')
  return quiet.start < quiet.end
    ? t >= quiet.start && t < quiet.end
    : t >= quiet.start || t < quiet.end
}
