import { daysBetween } from '../../../core/followup/business-days'
import { formatDayShort } from '../../format'

/** "Due today", "2 days overdue (Sun, Mar 8)", "Tomorrow", "Thu, Mar 12": relative where it helps. */
export function dueText(effectiveDue: string, today: string): string {
  const days = daysBetween(today, effectiveDue)
  if (days === 0) return 'Due today'
  if (days < 0)
    return `${-days} day${days === -1 ? '' : 's'} overdue (${formatDayShort(effectiveDue)})`
  if (days === 1) return 'Tomorrow'
  return formatDayShort(effectiveDue)
}
