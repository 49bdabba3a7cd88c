import type { AttemptKind, PlannedAction } from './plan'
import { shortDay } from './day-text'

export interface EarlyWarning {
  /** When the check was planned. */
  due: string
  /** What to tell the user: the planned day and why, and that they may still go ahead. */
  message: string
}

/**
 * T12: a status check logged (or about to be sent) before the plan's date gets a gentle word:
 * the planned day and the reason for it. It never stops anything: the user may know better.
 */
export function earlyCheckWarning(
  kind: AttemptKind,
  date: string,
  planned: readonly Pick<PlannedAction, 'kind' | 'due' | 'reason'>[],
): EarlyWarning | null {
  if (kind !== 'status-check') return null
  const next = planned.find((a) => a.kind === 'status-check')
  if (!next || date >= next.due) return null
  return {
    due: next.due,
    message: `A little early: this check is planned for ${shortDay(next.due)}. ${next.reason} You can still log it, and the plan will count from the day you checked in.`,
  }
}
