import { addMinutes, format } from 'date-fns'
import {
  addCalendarDays,
  formatIsoDate,
  nextBusinessDayOnOrAfter,
} from '../core/followup/business-days'
import type { SnoozePreset } from '../contract/snooze'

export interface SnoozeTarget {
  /** The day the step comes back. */
  until: string
  /** A time of day (HH:MM) for its reminder; without one, the user's reminder time. */
  at?: string
}

/**
 * Where each snooze choice lands, by the host's clock: "1 hour" keeps the minute, "tomorrow" and
 * "next business day" come back at the reminder time on that day.
 */
export function resolveSnoozePreset(
  preset: SnoozePreset,
  now: Date,
  holidays: readonly string[],
): SnoozeTarget {
  const tomorrow = addCalendarDays(formatIsoDate(now), 1)
  switch (preset) {
    case 'hour': {
      const later = addMinutes(now, 60)
      return { until: formatIsoDate(later), at: format(later, 'HH:mm') }
    }
    case 'tomorrow':
      return { until: tomorrow }
    case 'next-business-day':
      return { until: nextBusinessDayOnOrAfter(tomorrow, holidays) }
  }
}
