import { TODAY_FIRST_ROWS, type AgendaRow, type TodayView } from '../../contract/planner-api'
import type { AgendaGroup } from '../../core/followup/agenda-index'

/** What getToday sends for these groups on `today`: each group's count and its first rows. */
export function todayView(
  today: string,
  groups: Partial<Record<AgendaGroup, AgendaRow[]>> = {},
  empty = false,
): TodayView {
  const all = (g: AgendaGroup) => groups[g] ?? []
  return {
    today,
    empty,
    example: null,
    counts: {
      overdue: all('overdue').length,
      dueToday: all('dueToday').length,
      upcoming: all('upcoming').length,
    },
    overdue: all('overdue').slice(0, TODAY_FIRST_ROWS),
    dueToday: all('dueToday').slice(0, TODAY_FIRST_ROWS),
    upcoming: all('upcoming').slice(0, TODAY_FIRST_ROWS),
  }
}
