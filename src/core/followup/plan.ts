import { format } from 'date-fns'
import {
  addBusinessDays,
  addCalendarDays,
  isIsoDate,
  nextBusinessDayOnOrAfter,
  parseIsoDate,
} from './business-days'

// C3: 'text' is deliberately absent, so no code path can ever suggest a text message.
export type Channel = 'email' | 'phone' | 'note'
export type Timeframe =
  | { kind: 'open' }
  | { kind: 'date'; date: string }
  | { kind: 'days'; days: number; business?: boolean }
  | { kind: 'weeks'; weeks: number }
export type Outcome = 'pending' | 'offer' | 'rejected' | 'withdrawn' | 'next-round'
export type AttemptKind = 'thank-you' | 'recruiter-debrief' | 'status-check'
export type Workplace = 'digital' | 'phone' | 'personal'
export interface Attempt {
  kind: AttemptKind
  date: string
  channel: Channel
}
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
const MAX_STATUS_CHECKS = 3
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
    reason: 'Call your recruiter on the day to tell them how it went and share any worries.',
  }
}

function nextCheck(input: PlanInput): PlannedAction | undefined {
  const checks = input.attempts
    .filter((a) => a.kind === 'status-check')
    .map((a) => a.date)
    .sort()
  const last = checks[checks.length - 1]
  if (last !== undefined && checks.length >= MAX_STATUS_CHECKS) {
    // T6: counted from the latest check, in case the user logged more than three. Left on a
    // weekend if it falls there: moving on contacts no one.
    return {
      kind: 'move-on',
      due: addCalendarDays(last, DAYS_BETWEEN_CHECKS),
      reason: 'Three checks without an answer: time to let this one go and look ahead.',
    }
  }
  const attemptNumber = checks.length + 1
  const channel = checkChannel(attemptNumber, input)
  if (last === undefined) {
    return { kind: 'status-check', attemptNumber, channel, ...firstDue(input) }
  }
  const weekLater = addCalendarDays(last, DAYS_BETWEEN_CHECKS)
  const due = nextBusinessDayOnOrAfter(weekLater, input.holidays)
  const moved = due === weekLater ? '' : ', on the next business day'
  const reason =
    attemptNumber === 2
      ? `Second check: a week after your last one${moved}.`
      : `Third and last check: a week after your second one${moved}.`
  return { kind: 'status-check', attemptNumber, channel, due, reason }
}

function firstDue(input: PlanInput): { due: string; reason: string } {
  const { interviewDate, timeframe, holidays } = input
  if (timeframe.kind === 'open') {
    // T4: 8 days, then only ever later, so it can never fall exactly a week after.
    const eightDays = addCalendarDays(interviewDate, OPEN_ENDED_DAYS)
    const due = nextBusinessDayOnOrAfter(eightDays, holidays)
    const moved = due === eightDays ? '' : ', on the next business day'
    return {
      due,
      reason: `No timeframe given: a little over a week, never exactly seven days${moved}.`,
    }
  }
  const windowEnd = windowEndOf(interviewDate, timeframe, holidays)
  return {
    due: addBusinessDays(windowEnd, BUSINESS_DAYS_AFTER_WINDOW, holidays),
    reason: `${whatTheySaid(timeframe)}, so check in 2 business days after that window ends.`,
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

function whatTheySaid(timeframe: Timeframe): string {
  switch (timeframe.kind) {
    case 'date':
      return `They expected to decide by ${format(parseIsoDate(timeframe.date), 'EEEE d MMMM')}`
    case 'days':
      if (timeframe.days === 0) return 'They hoped to decide on the day itself'
      return `They said ${count(timeframe.days, timeframe.business ? 'business day' : 'day')}`
    case 'weeks':
      if (timeframe.weeks === 0) return 'They hoped to decide on the day itself'
      return `They said ${count(timeframe.weeks, 'week')}`
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
