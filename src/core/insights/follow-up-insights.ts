import type { LoggedAttempt } from '../followup/attempt-schema'
import { daysBetween } from '../followup/business-days'
import { planFollowUps, type AttemptKind, type Channel } from '../followup/plan'
import { hasMovedOn, planInputFor } from '../followup/plan-input'
import { count, percent } from './words'
import type {
  AnswerBucket,
  InsightInterview,
  OutcomeKey,
  OutcomesSection,
  ResponsesSection,
  TimelinessRow,
  TimelinessSection,
  TimeToAnswerSection,
} from './types'
import { outcomeKeys } from './types'

/** Below this many checks a channel's rate is noise: one unanswered email would read as 0%. */
export const MIN_CHECKS_PER_CHANNEL = 3
/** A median of fewer interviews than this says nothing about how long answers take. */
export const MIN_ANSWERED_INTERVIEWS = 3
export const MIN_INTERVIEWS_FOR_OUTCOMES = 3
export const MIN_TIMED_FOLLOW_UPS = 3

const channels: readonly Channel[] = ['email', 'phone', 'note']
const channelWords: Record<Channel, string> = {
  email: 'Email',
  phone: 'Phone calls',
  note: 'Hand-written notes',
}

const byDate = (a: LoggedAttempt, b: LoggedAttempt) =>
  a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt)

/** How often status checks got an answer, per channel. */
export function responses(interviews: readonly InsightInterview[]): ResponsesSection {
  const checks = interviews.flatMap((i) => i.attempts.filter((a) => a.kind === 'status-check'))
  const byChannel = channels.map((channel) => {
    const mine = checks.filter((a) => a.channel === channel)
    const answered = mine.filter((a) => a.answered).length
    const rate = mine.length >= MIN_CHECKS_PER_CHANNEL ? answered / mine.length : null
    return { channel, sent: mine.length, answered, rate }
  })
  const sent = checks.length
  const answered = checks.filter((a) => a.answered).length
  const rated = byChannel.filter((c) => c.rate !== null)
  const enough = rated.length > 0
  let summary: string
  if (sent === 0) {
    summary =
      'No status checks logged yet. Once you log a few, this shows which way of checking in gets answers.'
  } else if (!enough) {
    summary = `Only ${count(sent, 'status check')} so far: too few to compare channels. A rate appears once a channel has ${MIN_CHECKS_PER_CHANNEL} or more.`
  } else {
    const best = [...rated].sort((a, b) => b.rate! - a.rate! || b.sent - a.sent)[0]!
    summary = `${channelWords[best.channel]} got an answer ${best.answered} ${best.answered === 1 ? 'time' : 'times'} out of ${best.sent} (${percent(best.rate!)}).`
    if (rated.length === 1 && byChannel.some((c) => c.sent > 0 && c.rate === null)) {
      summary += ' Other channels have too few checks to compare yet.'
    }
  }
  return { byChannel, sent, answered, enough, summary }
}

const bucketBounds: { label: string; from: number; to: number | null }[] = [
  { label: 'Within a week', from: 0, to: 7 },
  { label: '8–14 days', from: 8, to: 14 },
  { label: '15–21 days', from: 15, to: 21 },
  { label: '22–30 days', from: 22, to: 30 },
  { label: 'Over 30 days', from: 31, to: null },
]

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Days from each interview to its first follow-up that got an answer. */
export function timeToAnswer(interviews: readonly InsightInterview[]): TimeToAnswerSection {
  const days: number[] = []
  for (const { interview, attempts } of interviews) {
    const first = [...attempts].sort(byDate).find((a) => a.answered)
    if (first) days.push(Math.max(0, daysBetween(interview.interviewDate, first.date)))
  }
  days.sort((a, b) => a - b)
  const buckets: AnswerBucket[] = bucketBounds.map((b) => ({
    ...b,
    interviews: days.filter((d) => d >= b.from && (b.to === null || d <= b.to)).length,
  }))
  const n = days.length
  const enough = n >= MIN_ANSWERED_INTERVIEWS
  let summary: string
  if (n === 0) {
    summary =
      'No answers logged yet. When you mark a follow-up as answered, this shows how long answers take.'
  } else if (!enough) {
    const list = days.map((d) => count(d, 'day')).join(' and ')
    summary = `${n === 1 ? 'One interview has' : `${n} interviews have`} an answer so far (after ${list}): too few to show a pattern.`
  } else {
    summary = `Half of your answers came within ${count(median(days), 'day')} of the interview (the fastest after ${count(days[0]!, 'day')}, the slowest after ${count(days[n - 1]!, 'day')}).`
  }
  return {
    interviews: n,
    medianDays: n ? median(days) : null,
    fastestDays: n ? days[0]! : null,
    slowestDays: n ? days[n - 1]! : null,
    buckets,
    enough,
    summary,
  }
}

const outcomeWords: Record<OutcomeKey, string> = {
  pending: 'still waiting',
  'next-round': 'a next round',
  offer: 'an offer',
  rejected: 'not selected',
  withdrawn: 'withdrawn',
  'moved-on': 'moved on',
}

/** Where each interview stands; "moved on" is a pending one after three unanswered checks (T6). */
export function outcomes(interviews: readonly InsightInterview[]): OutcomesSection {
  const tally = new Map<OutcomeKey, number>(outcomeKeys.map((k) => [k, 0]))
  for (const { interview, attempts } of interviews) {
    const key: OutcomeKey = hasMovedOn(interview, attempts) ? 'moved-on' : interview.outcome
    tally.set(key, tally.get(key)! + 1)
  }
  const counts = outcomeKeys.map((outcome) => ({ outcome, interviews: tally.get(outcome)! }))
  const total = interviews.length
  const enough = total >= MIN_INTERVIEWS_FOR_OUTCOMES
  let summary: string
  if (total === 0) summary = 'No interviews yet.'
  else {
    const parts = counts
      .filter((c) => c.interviews > 0)
      .map((c) => `${c.interviews} ${outcomeWords[c.outcome]}`)
    summary = `Of ${count(total, 'interview')}: ${parts.join(', ')}.`
    if (!enough) summary += ' Too few interviews to show a pattern yet.'
  }
  return { counts, total, enough, summary }
}

type Timing = 'early' | 'onTime' | 'late' | 'unplanned'

/**
 * Replays each interview's plan as it stood before every logged follow-up (the outcome was still
 * open then) and compares the day it was done with the day the plan gave for it.
 */
function timings(
  { interview, attempts }: InsightInterview,
  holidays: readonly string[],
): { kind: AttemptKind; timing: Timing; daysLate: number }[] {
  const ordered = [...attempts].sort(byDate)
  const out: { kind: AttemptKind; timing: Timing; daysLate: number }[] = []
  for (let k = 0; k < ordered.length; k++) {
    const attempt = ordered[k]!
    const before = ordered.slice(0, k)
    let planned
    try {
      const input = { ...planInputFor(interview, before, holidays), outcome: 'pending' as const }
      planned = planFollowUps(input).find((a) => a.kind === attempt.kind)
    } catch {
      // A record the planner can't read is left out rather than blanking the whole section.
      return []
    }
    if (!planned) {
      out.push({ kind: attempt.kind, timing: 'unplanned', daysLate: 0 })
      continue
    }
    const late = daysBetween(planned.due, attempt.date)
    const timing: Timing = late > 0 ? 'late' : late < 0 ? 'early' : 'onTime'
    out.push({ kind: attempt.kind, timing, daysLate: Math.max(0, late) })
  }
  return out
}

const kindOrder: readonly AttemptKind[] = ['thank-you', 'recruiter-debrief', 'status-check']

/** Follow-ups done on the planned day, before it or after it. */
export function timeliness(
  interviews: readonly InsightInterview[],
  holidays: readonly string[],
): TimelinessSection {
  const all = interviews.flatMap((i) => timings(i, holidays))
  const tallyOf = (list: typeof all) => ({
    early: list.filter((t) => t.timing === 'early').length,
    onTime: list.filter((t) => t.timing === 'onTime').length,
    late: list.filter((t) => t.timing === 'late').length,
  })
  const totals = tallyOf(all)
  const byKind: TimelinessRow[] = kindOrder
    .map((kind) => ({ kind, ...tallyOf(all.filter((t) => t.kind === kind)) }))
    .filter((r) => r.early + r.onTime + r.late > 0)
  const lateOnes = all.filter((t) => t.timing === 'late')
  const averageDaysLate = lateOnes.length
    ? Math.round((lateOnes.reduce((s, t) => s + t.daysLate, 0) / lateOnes.length) * 10) / 10
    : null
  const timed = totals.early + totals.onTime + totals.late
  const enough = timed >= MIN_TIMED_FOLLOW_UPS
  let summary: string
  if (timed === 0) {
    summary =
      'No follow-ups logged yet. Once you log them, this compares the day you did each with the day the plan gave.'
  } else {
    summary = `${totals.onTime} of ${count(timed, 'follow-up')} on the planned day`
    if (totals.late)
      summary += `, ${totals.late} late (by ${count(averageDaysLate!, 'day')} on average)`
    if (totals.early) summary += `, ${totals.early} early`
    summary += '.'
    if (!enough) summary += ' Too few to show a habit yet.'
  }
  const unplanned = all.filter((t) => t.timing === 'unplanned').length
  return { ...totals, unplanned, averageDaysLate, byKind, enough, summary }
}
