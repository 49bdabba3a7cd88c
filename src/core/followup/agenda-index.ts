import {
  DEFAULT_HORIZON_DAYS,
  horizonEnd,
  openSteps,
  type AgendaItem,
  type AgendaOverride,
  type OpenStep,
} from './agenda'
import { epochDay } from './business-days'
import type { PlannedAction } from './plan'
import { indexOfSorted, sortedIndex } from './sorted'

export const agendaGroups = ['overdue', 'dueToday', 'upcoming'] as const
export type AgendaGroup = (typeof agendaGroups)[number]
export type AgendaCounts = Record<AgendaGroup, number>

/** The first position in a list sorted by day whose day is after `day` (`after`), or on or after it. */
function boundary(length: number, dayAt: (i: number) => string, day: string, after: boolean) {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const d = dayAt(mid)
    if (d < day || (after && d === day)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Where one group starts and ends in a list of `length` steps sorted by day (`dayAt`). */
export function groupRange(
  length: number,
  dayAt: (i: number) => string,
  group: AgendaGroup,
  today: string,
  horizonDays: number = DEFAULT_HORIZON_DAYS,
): [number, number] {
  const end = horizonEnd(today, horizonDays)
  const todayStart = boundary(length, dayAt, today, false)
  const todayEnd = boundary(length, dayAt, today, true)
  if (group === 'overdue') return [0, todayStart]
  if (group === 'dueToday') return [todayStart, todayEnd]
  return [todayEnd, boundary(length, dayAt, end, true)]
}

/** How many steps each group holds on `today`, in a list sorted by day. */
export function groupCounts(
  length: number,
  dayAt: (i: number) => string,
  today: string,
  horizonDays: number = DEFAULT_HORIZON_DAYS,
): AgendaCounts {
  const count = (g: AgendaGroup) => {
    const [from, to] = groupRange(length, dayAt, g, today, horizonDays)
    return to - from
  }
  return { overdue: count('overdue'), dueToday: count('dueToday'), upcoming: count('upcoming') }
}

/** Days late, for a step of the overdue group; 0 in the others. */
export function daysOverdue(group: AgendaGroup, today: string, effectiveDue: string): number {
  return group === 'overdue' ? epochDay(today) - epochDay(effectiveDue) : 0
}

/** One subject's plan as the index takes it in. */
export interface AgendaEntry<T> {
  id: string
  subject: T
  actions: readonly PlannedAction[]
  overrides: Record<string, AgendaOverride>
}

interface Step<T> extends OpenStep {
  id: string
  subject: T
}

/**
 * Every open step of every subject, kept sorted by the day it shows up on, then by subject, then
 * by its place in the plan: the same order `buildAgenda` gives. A change to one subject moves only
 * its own steps, and a group's count or page is a binary search away, so Today costs the same at
 * ten interviews or ten thousand.
 */
export class AgendaIndex<T> {
  #steps: Step<T>[] = []
  #byId = new Map<string, Step<T>[]>()

  /**
   * `compareSubjects` orders subjects due the same day; subjects it calls equal keep the order
   * they were loaded or set in, as in `buildAgenda`'s stable sort.
   */
  constructor(private readonly compareSubjects: (a: T, b: T) => number) {}

  #compare = (a: Step<T>, b: Step<T>): number => {
    if (a.effectiveDue !== b.effectiveDue) return a.effectiveDue < b.effectiveDue ? -1 : 1
    if (a.id === b.id) return a.order - b.order
    return this.compareSubjects(a.subject, b.subject)
  }

  #stepsOf(
    id: string,
    subject: T,
    actions: readonly PlannedAction[],
    overrides: Record<string, AgendaOverride>,
  ): Step<T>[] {
    return openSteps(actions, overrides).map((s) => ({ ...s, id, subject }))
  }

  /**
   * Fills the index in one sort; for start-up, where every subject is new. Subjects are ranked
   * first, so the many steps sort on a day and two numbers rather than comparing subjects.
   */
  load(entries: Iterable<AgendaEntry<T>>): void {
    const list = [...entries]
    const byRank = list.map((_, i) => i)
    // Array.prototype.sort is stable, so subjects that compare equal keep the order given.
    byRank.sort((a, b) => this.compareSubjects(list[a]!.subject, list[b]!.subject))
    const rank = new Int32Array(list.length)
    byRank.forEach((entry, r) => (rank[entry] = r))
    const ranked: { step: Step<T>; rank: number }[] = []
    this.#byId.clear()
    list.forEach((e, i) => {
      const steps = this.#stepsOf(e.id, e.subject, e.actions, e.overrides)
      this.#byId.set(e.id, steps)
      for (const step of steps) ranked.push({ step, rank: rank[i]! })
    })
    ranked.sort((a, b) =>
      a.step.effectiveDue !== b.step.effectiveDue
        ? a.step.effectiveDue < b.step.effectiveDue
          ? -1
          : 1
        : a.rank - b.rank || a.step.order - b.step.order,
    )
    this.#steps = ranked.map((r) => r.step)
  }

  /** Replaces one subject's steps (after an edit, a logged attempt, a snooze). */
  set(
    id: string,
    subject: T,
    actions: readonly PlannedAction[],
    overrides: Record<string, AgendaOverride>,
  ): void {
    this.delete(id)
    const steps = this.#stepsOf(id, subject, actions, overrides)
    this.#byId.set(id, steps)
    for (const s of steps)
      this.#steps.splice(sortedIndex(this.#steps, s, this.#compare, true), 0, s)
  }

  /** Takes a subject's steps out (deleted, trashed). */
  delete(id: string): void {
    const old = this.#byId.get(id)
    if (!old) return
    this.#byId.delete(id)
    for (const s of old) {
      const at = indexOfSorted(this.#steps, s, this.#compare)
      if (at >= 0) this.#steps.splice(at, 1)
    }
  }

  has(id: string): boolean {
    return this.#byId.has(id)
  }

  /** How many steps each group holds on `today`. */
  counts(today: string, horizonDays: number = DEFAULT_HORIZON_DAYS): AgendaCounts {
    return groupCounts(this.#steps.length, this.#dayAt, today, horizonDays)
  }

  #dayAt = (i: number) => this.#steps[i]!.effectiveDue

  /** Every step in agenda order, as its subject's id, its place in the plan and its day. */
  positions(): { id: string; order: number; effectiveDue: string }[] {
    return this.#steps.map(({ id, order, effectiveDue }) => ({ id, order, effectiveDue }))
  }

  /** Up to `limit` steps of one group from `offset`, in agenda order. */
  page(
    group: AgendaGroup,
    today: string,
    offset: number,
    limit: number,
    horizonDays: number = DEFAULT_HORIZON_DAYS,
  ): AgendaItem<T>[] {
    const [from, to] = groupRange(this.#steps.length, this.#dayAt, group, today, horizonDays)
    return this.#steps
      .slice(Math.min(from + offset, to), Math.min(from + offset + limit, to))
      .map(({ subject, action, effectiveDue }) => ({
        subject,
        action,
        effectiveDue,
        daysOverdue: daysOverdue(group, today, effectiveDue),
      }))
  }
}
