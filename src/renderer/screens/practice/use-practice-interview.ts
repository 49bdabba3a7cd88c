import { useEffect, useState } from 'react'
import type { TodayView } from '../../../contract/planner-api'
import type { InterviewListItem } from '../../../contract/tracker-api'

const KEY = 'follow-through-practice-interview'

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY)
  } catch {
    return null
  }
}

function remember(id: string): void {
  try {
    sessionStorage.setItem(KEY, id)
  } catch {
    // Private windows may refuse storage; the choice still holds for this screen.
  }
}

const isPhoneCheck = (a: { kind: string; channel?: string }) =>
  a.kind === 'status-check' && a.channel === 'phone'

/**
 * The interview whose phone check-in is due soonest: overdue first, then today, then the next
 * two weeks (from Today's agenda), then any later one (from each interview's next step).
 */
export function nearestPhoneCheck(
  interviews: readonly InterviewListItem[],
  today: TodayView | undefined,
): string | undefined {
  const rows = today ? [...today.overdue, ...today.dueToday, ...today.upcoming] : []
  const soonest = rows
    .filter((r) => isPhoneCheck(r.action))
    .sort((a, b) => a.effectiveDue.localeCompare(b.effectiveDue))[0]
  if (soonest && interviews.some((i) => i.id === soonest.interviewId)) return soonest.interviewId
  const due = (i: InterviewListItem) => i.next?.snoozedUntil ?? i.next?.due ?? ''
  return interviews
    .filter((i) => i.next && isPhoneCheck(i.next))
    .sort((a, b) => due(a).localeCompare(due(b)))[0]?.id
}

/**
 * Which interview the lines are filled from. A link from a planned phone step names one; a choice
 * made here is remembered for the session, so moving between the player, the editor and the tree
 * keeps it. Otherwise: the interview whose phone check-in is due soonest, else the newest one
 * still waiting to hear.
 */
export function usePracticeInterview(
  interviews: InterviewListItem[] | undefined,
  today: TodayView | undefined,
  requested?: string,
) {
  const [chosen, setChosen] = useState<string | null>(() => requested ?? stored())
  // A new link (another planned call) wins over the choice made before it.
  const [linked, setLinked] = useState(requested)
  if (requested !== linked) {
    setLinked(requested)
    if (requested !== undefined) setChosen(requested)
  }
  useEffect(() => {
    if (requested !== undefined) remember(requested)
  }, [requested])
  const list = interviews ?? []
  const valid = chosen !== null && (chosen === '' || list.some((i) => i.id === chosen))
  const fallback =
    nearestPhoneCheck(list, today) ??
    (list.find((i) => i.outcome === 'pending') ?? list[0])?.id ??
    ''
  const interviewId = valid ? chosen : fallback
  const choose = (id: string) => {
    setChosen(id)
    remember(id)
  }
  return [interviewId, choose] as const
}
