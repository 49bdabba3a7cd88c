import {
  addBusinessDays,
  addCalendarDays,
  isIsoDate,
  nextBusinessDayOnOrAfter,
} from './business-days'
import { shortDay } from './day-text'
import type { attemptKinds } from './attempt-schema'
import type { Channel, Outcome, Timeframe, Workplace } from '../interview/schema'

// The engine's words are the schema's: one definition each, re-exported for the engine's users.
export type { Channel, Outcome, Timeframe, Workplace }
export type AttemptKind = (typeof attemptKinds)[number]
export interface Attempt {
  kind: AttemptKind
  date: string
  channel: Channel
  /** They replied: picked up the phone or answered the email. */
  answered?: boolean
  /** The day they said they would decide by (YYYY-MM-DD); giving one means they answered. */
  decisionBy?: string
}
/** T11: who a status check goes to. */
export type Recipient = 'interviewer' | 'recruiter'
export interface PlanInput {
  interviewDate: string
  timeframe: Timeframe
  viaRecruiter: boolean
  doNotContact: boolean
  outcome: Outcome
  attempts: Attempt[]
  holidays: string[]
  preferredChannel?: Channel
  workplace?: Workplace
}
export type ActionKind = AttemptKind | 'move-on'
export interface PlannedAction {
  kind: ActionKind
  due: string
  attemptNumber?: number
  channel?: Channel
  /** Status checks only: the recruiter when the interview came through one (T11). */
  to?: Recipient
  /** One plain sentence saying why this step is due then; also a notification's body. */
  reason: string
}

const CHANNELS: readonly string[] = ['email', 'phone', 'note']
const OUTCOMES: readonly string[] = ['pending', 'offer', 'rejected', 'withdrawn', 'next-round']
const ATTEMPT_KINDS: readonly string[] = ['thank-you', 'recruiter-debrief', 'status-check']
const WORKPLACES: readonly string[] = ['digital', 'phone', 'personal']
const TIMEFRAME_KINDS: readonly string[] = ['open', 'date', 'days', 'weeks']
const ACTION_ORDER: Record<ActionKind, number> = {
  'thank-you': 0,
  'recruiter-debrief': 1,
  'status-check': 2,
  'move-on': 3,
}
// T6: unanswered status checks in a row before the plan suggests moving on.
const MAX_UNANSWERED = 3
const DAYS_BETWEEN_CHECKS = 7
const OPEN_ENDED_DAYS = 8
const BUSINESS_DAYS_AFTER_WINDOW = 2
// Not a rule, a guard: a count past ten years is a typo, and would walk the calendar for ages.
const MAX_TIMEFRAME_DAYS = 3653

/** The actions still to do for one interview, earliest due first. */
export function planFollowUps(input: PlanInput): PlannedAction[] {
  validate(input)
  // T8: a decision (or a next round, which is a new interview) ends this plan.
  if (input.outcome !== 'pending') return []

  const logged = new Set(input.attempts.map((a) => a.kind))
  const actions: PlannedAction[] = []
  if (!logged.has('thank-you')) actions.push(thankYou(input))
  // T7 leaves the debrief in: the recruiter is the user's own agent, not the interviewer
  // who asked for silence.
  if (input.viaRecruiter && !logged.has('recruiter-debrief')) actions.push(debrief(input))
  if (!input.doNotContact) {
    const next = nextCheck(input)
    if (next) actions.push(next)
  }
  return actions.sort(
    (a, b) =>
      (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || ACTION_ORDER[a.kind] - ACTION_ORDER[b.kind],
  )
}

function thankYou(input: PlanInput): PlannedAction {
  // C2: where a personal touch matters, the thank-you is written by hand.
  const note = input.workplace === 'personal'
  return {
    kind: 'thank-you',
    due: input.interviewDate,
    channel: note ? 'note' : 'email',
    reason: note
      ? 'A hand-written note suits this workplace: write it on the day, while the meeting is fresh.'
      : 'Thank them on the day, while the conversation is still fresh for everyone.',
  }
}

function debrief(input: PlanInput): PlannedAction {
  return {
    kind: 'recruiter-debrief',
    due: input.interviewDate,
    channel: 'phone',
    reason:
      'Call your recruiter on the day: they can pass on how it went and raise any worry with the employer for you.',
  }
}

/** T6: whether a check got any answer; a date for their decision is an answer. */
export function wasAnswered(a: Pick<Attempt, 'answered' | 'decisionBy'>): boolean {
  return a.answered === true || a.decisionBy !== undefined
}

/** Status checks oldest first; checks logged on the same day keep the order they were logged. */
function statusChecks(attempts: readonly Attempt[]): Attempt[] {
  return attempts
    .filter((a) => a.kind === 'status-check')
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : x.i - y.i))
    .map(({ a }) => a)
}

/** T6: status checks since the last one that got an answer (all of them if none did). */
export function unansweredChecksInARow(attempts: readonly Attempt[]): number {
  const checks = statusChecks(attempts)
  let n = 0
  for (let i = checks.length - 1; i >= 0 && !wasAnswered(checks[i]!); i--) n++
  return n
}

function nextCheck(input: PlanInput): PlannedAction | undefined {
  const checks = statusChecks(input.attempts)
  const last = checks[checks.length - 1]
  const unanswered = unansweredChecksInARow(checks)
  if (last !== undefined && unanswered >= MAX_UNANSWERED) {
    // Left on a weekend if it falls there: moving on contacts no one.
    return {
      kind: 'move-on',
      due: addCalendarDays(last.date, DAYS_BETWEEN_CHECKS),
      reason:
        'Three checks in a row went unanswered: time to let this one go and put your energy into what comes next.',
    }
  }
  const attemptNumber = checks.length + 1
  const channel = checkChannel(attemptNumber, input)
  const to: Recipient = input.viaRecruiter ? 'recruiter' : 'interviewer'
  const timing = last === undefined ? firstDue(input) : laterDue(last, checks, input.holidays)
  const reason =
    unanswered === MAX_UNANSWERED - 1
      ? `${timing.when}; two in a row went unanswered, so this is the last before moving on.`
      : `${timing.when}: ${timing.why}.`
  return { kind: 'status-check', attemptNumber, channel, to, due: timing.due, reason }
}

/** When a check is due, and the reason in two parts: what sets the date, and why that helps. */
interface Timing {
  due: string
  when: string
  why: string
}

const ROOM = 'two business days past that gives them room to finish before you ask'

/** T5: a week after the last check, or just past the date they gave. */
function laterDue(last: Attempt, checks: readonly Attempt[], holidays: readonly string[]): Timing {
  if (last.decisionBy !== undefined) {
    return {
      due: addBusinessDays(last.decisionBy, BUSINESS_DAYS_AFTER_WINDOW, holidays),
      when: `They said they would decide by ${shortDay(last.decisionBy)}`,
      why: ROOM,
    }
  }
  const weekLater = addCalendarDays(last.date, DAYS_BETWEEN_CHECKS)
  const due = nextBusinessDayOnOrAfter(weekLater, holidays)
  // A date given on an earlier check still stands: never ask before their own date has passed.
  const said = [...checks].reverse().find((c) => c.decisionBy !== undefined)?.decisionBy
  if (said !== undefined) {
    const held = addBusinessDays(said, BUSINESS_DAYS_AFTER_WINDOW, holidays)
    if (held > due) {
      return { due: held, when: `They said they would decide by ${shortDay(said)}`, why: ROOM }
    }
  }
  return {
    due,
    when: `A week after your last check on ${shortDay(last.date)}${moved(weekLater, due, holidays)}`,
    why: 'often enough to stay in mind, not so often that it feels like pressure',
  }
}

/** Says why a date moved on, in the words a person would use. */
function moved(from: string, to: string, holidays: readonly string[]): string {
  if (from === to) return ''
  const skipped = new Set(holidays)
  for (let day = from; day < to; day = addCalendarDays(day, 1)) {
    if (skipped.has(day)) return ' (moved past a holiday)'
  }
  return ' (moved past the weekend)'
}

function firstDue(input: PlanInput): Timing {
  const { interviewDate, timeframe, holidays } = input
  if (timeframe.kind === 'open') {
    // T4: 8 days, then only ever later, so it can never fall exactly a week after.
    const eightDays = addCalendarDays(interviewDate, OPEN_ENDED_DAYS)
    const due = nextBusinessDayOnOrAfter(eightDays, holidays)
    return {
      due,
      when: `No timeframe given, so a little over a week${moved(eightDays, due, holidays)}`,
      why: 'exactly seven days can feel like a reminder set on a timer',
    }
  }
  const windowEnd = windowEndOf(interviewDate, timeframe, holidays)
  return {
    due: addBusinessDays(windowEnd, BUSINESS_DAYS_AFTER_WINDOW, holidays),
    when: whatTheySaid(timeframe, windowEnd),
    why: ROOM,
  }
}

function windowEndOf(interview: string, timeframe: Timeframe, holidays: string[]): string {
  switch (timeframe.kind) {
    case 'date':
      return timeframe.date
    case 'days':
      return timeframe.business
        ? addBusinessDays(interview, timeframe.days, holidays)
        : addCalendarDays(interview, timeframe.days)
    case 'weeks':
      return addCalendarDays(interview, timeframe.weeks * 7)
    case 'open':
      return interview
  }
}

function whatTheySaid(timeframe: Timeframe, windowEnd: string): string {
  switch (timeframe.kind) {
    case 'date':
      return `They expected to decide by ${shortDay(timeframe.date)}`
    case 'days':
      if (timeframe.days === 0) return 'They hoped to decide on the day itself'
      return `They said ${count(timeframe.days, timeframe.business ? 'business day' : 'day')} (until ${shortDay(windowEnd)})`
    case 'weeks':
      if (timeframe.weeks === 0) return 'They hoped to decide on the day itself'
      return `They said ${count(timeframe.weeks, 'week')} (until ${shortDay(windowEnd)})`
    case 'open':
      return 'No timeframe given'
  }
}

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
]

function count(n: number, unit: string): string {
  return `${WORDS[n] ?? String(n)} ${unit}${n === 1 ? '' : 's'}`
}

function checkChannel(attemptNumber: number, input: PlanInput): Channel {
  if (input.preferredChannel) return input.preferredChannel
  // C2 before C1: the kind of workplace decides how every check is made.
  if (input.workplace === 'phone') return 'phone'
  if (input.workplace === 'digital') return 'email'
  // C1: email, then phone with the call script, then email again.
  return attemptNumber === 2 ? 'phone' : 'email'
}

function fail(field: string, problem: string): never {
  throw new RangeError(`${field} ${problem}`)
}

function checkDate(field: string, value: unknown): void {
  if (!isIsoDate(value)) fail(field, `(${String(value)}) is not a calendar date (YYYY-MM-DD)`)
}

function checkOneOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    fail(field, `(${String(value)}) must be one of: ${allowed.join(', ')}`)
  }
}

function checkCount(field: string, value: unknown, perUnit: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(field, `(${String(value)}) must be a whole number, zero or more`)
  }
  if (value * perUnit > MAX_TIMEFRAME_DAYS) fail(field, `(${value}) is more than ten years`)
}

function checkBoolean(field: string, value: unknown): void {
  if (typeof value !== 'boolean') fail(field, `(${String(value)}) must be true or false`)
}

// Input may come from stored data or a UI draft, so the type alone is not trusted.
function validate(input: PlanInput): void {
  checkDate('interviewDate', input.interviewDate)
  checkOneOf('outcome', input.outcome, OUTCOMES)
  checkBoolean('viaRecruiter', input.viaRecruiter)
  checkBoolean('doNotContact', input.doNotContact)
  if (input.preferredChannel !== undefined) {
    checkOneOf('preferredChannel', input.preferredChannel, CHANNELS)
  }
  if (input.workplace !== undefined) checkOneOf('workplace', input.workplace, WORKPLACES)
  if (!Array.isArray(input.holidays)) fail('holidays', 'must be a list of dates')
  input.holidays.forEach((h, i) => checkDate(`holidays[${i}]`, h))
  if (!Array.isArray(input.attempts)) fail('attempts', 'must be a list')
  input.attempts.forEach((a, i) => {
    checkOneOf(`attempts[${i}].kind`, a?.kind, ATTEMPT_KINDS)
    checkDate(`attempts[${i}].date`, a.date)
    checkOneOf(`attempts[${i}].channel`, a.channel, CHANNELS)
    if (a.answered !== undefined) checkBoolean(`attempts[${i}].answered`, a.answered)
    if (a.decisionBy !== undefined) {
      checkDate(`attempts[${i}].decisionBy`, a.decisionBy)
      if (a.decisionBy < a.date) {
        fail(
          `attempts[${i}].decisionBy`,
          `(${a.decisionBy}) is before the attempt's date (${a.date})`,
        )
      }
    }
  })
  validateTimeframe(input.timeframe, input.interviewDate)
}

function validateTimeframe(timeframe: Timeframe, interviewDate: string): void {
  checkOneOf('timeframe.kind', timeframe?.kind, TIMEFRAME_KINDS)
  if (timeframe.kind === 'date') {
    checkDate('timeframe.date', timeframe.date)
    if (timeframe.date < interviewDate) {
      fail('timeframe.date', `(${timeframe.date}) is before the interview date (${interviewDate})`)
    }
  } else if (timeframe.kind === 'days') {
    checkCount('timeframe.days', timeframe.days, 1)
    if (timeframe.business !== undefined) checkBoolean('timeframe.business', timeframe.business)
  } else if (timeframe.kind === 'weeks') {
    checkCount('timeframe.weeks', timeframe.weeks, 7)
  }
}
