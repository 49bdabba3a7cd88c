import { addCalendarDays, epochDay, isIsoDate } from './business-days'
import type { PlannedAction } from './plan'

/** What the user did to one planned action on the Today screen, keyed by actionKey. */
export interface AgendaOverride {
  snoozedUntil?: string
  dismissed?: boolean
}
export interface AgendaItem<T> {
  subject: T
  action: PlannedAction
  effectiveDue: string
  /** Whole days past effectiveDue; 0 for today and upcoming items. */
  daysOverdue: number
}
export interface Agenda<T> {
  overdue: AgendaItem<T>[]
  today: AgendaItem<T>[]
  upcoming: AgendaItem<T>[]
}
export interface AgendaEntry<T> {
  subject: T
  actions: PlannedAction[]
  overrides: Record<string, AgendaOverride>
}

/**
 * Stable across re-plans: a status check keeps its key while its due date moves, so a
 * snooze or dismissal still applies to it, and a new attempt number gets a fresh key.
 */
export function actionKey(a: Pick<PlannedAction, 'kind' | 'attemptNumber'>): string {
  return a.attemptNumber === undefined ? a.kind : `${a.kind}:${a.attemptNumber}`
}

/** A planned action still to do, with the day it shows up on; `order` is its place in the plan. */
export interface OpenStep {
  action: PlannedAction
  effectiveDue: string
  order: number
}

/** The actions not dismissed, each moved to its snooze day when the snooze postpones it. */
export function openSteps(
  actions: readonly PlannedAction[],
  overrides: Record<string, AgendaOverride>,
): OpenStep[] {
  const steps: OpenStep[] = []
  actions.forEach((action, order) => {
    const override = overrides[actionKey(action)]
    if (override?.dismissed) return
    const snooze = override?.snoozedUntil
    // A snooze only ever postpones. A malformed one (bad stored data) is ignored rather
    // than thrown, so one bad record can't blank the whole Today screen or hide an action.
    const effectiveDue =
      snooze !== undefined && snooze > action.due && isIsoDate(snooze) ? snooze : action.due
    steps.push({ action, effectiveDue, order })
  })
  return steps
}

export const DEFAULT_HORIZON_DAYS = 14

/** The last day the upcoming group covers, checked the same way for every caller. */
export function horizonEnd(today: string, horizonDays: number): string {
  if (!isIsoDate(today)) throw new RangeError(`today (${today}) is not a calendar date`)
  if (!Number.isInteger(horizonDays) || horizonDays < 0) {
    throw new RangeError(`horizonDays (${horizonDays}) must be a whole number, zero or more`)
  }
  return addCalendarDays(today, horizonDays)
}

// YYYY-MM-DD strings sort like the dates they name, so no Date is needed per item.
const byEffectiveDue = <T>(a: AgendaItem<T>, b: AgendaItem<T>): number =>
  a.effectiveDue < b.effectiveDue ? -1 : a.effectiveDue > b.effectiveDue ? 1 : 0

/** Groups the planned actions of many interviews for a given day; upcoming covers the next `horizonDays` (default 14) days after today. */
export function buildAgenda<T>(
  entries: AgendaEntry<T>[],
  today: string,
  horizonDays: number = DEFAULT_HORIZON_DAYS,
): Agenda<T> {
  const lastDay = horizonEnd(today, horizonDays)
  const todayDay = epochDay(today)
  const agenda: Agenda<T> = { overdue: [], today: [], upcoming: [] }

  for (const { subject, actions, overrides } of entries) {
    for (const { action, effectiveDue } of openSteps(actions, overrides)) {
      if (effectiveDue < today) {
        const daysOverdue = todayDay - epochDay(effectiveDue)
        agenda.overdue.push({ subject, action, effectiveDue, daysOverdue })
      } else if (effectiveDue === today) {
        agenda.today.push({ subject, action, effectiveDue, daysOverdue: 0 })
      } else if (effectiveDue <= lastDay) {
        agenda.upcoming.push({ subject, action, effectiveDue, daysOverdue: 0 })
      }
    }
  }
  agenda.overdue.sort(byEffectiveDue)
  agenda.upcoming.sort(byEffectiveDue)
  return agenda
}
