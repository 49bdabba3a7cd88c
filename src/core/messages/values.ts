import type { Interview } from '../interview/schema'
import type { Settings } from '../settings/schema'
import type { MessageContext } from './check-types'
import type { MessageValues } from './fields'
import { naturalDay } from './natural-day'

/** Someone a message can go to, with a key that stays put when other people are edited. */
export interface Recipient {
  /** "interviewer-0", "interviewer-1", … or "recruiter". */
  key: string
  role: 'interviewer' | 'recruiter'
  name: string
  firstName: string
  email: string
  phone: string
}

export function recipientsOf(interview: Interview): Recipient[] {
  const people: Recipient[] = interview.interviewers.map((p, i) => ({
    key: `interviewer-${i}`,
    role: 'interviewer',
    name: [p.firstName, p.lastName].filter(Boolean).join(' '),
    firstName: p.firstName,
    email: p.email,
    phone: p.phone,
  }))
  if (interview.recruiter) {
    const r = interview.recruiter
    people.push({
      key: 'recruiter',
      role: 'recruiter',
      name: r.name,
      firstName: r.name.trim().split(/\s+/)[0] ?? '',
      email: r.email,
      phone: r.phone,
    })
  }
  return people
}

/**
 * The interview's free-text lists ("Topics you discussed") as items: one a line, or split on
 * semicolons, or on commas when it is all one line.
 */
export function listItems(text: string): string[] {
  const trimmed = text.trim()
  if (!trimmed) return []
  const bullet = /^\s*(?:[-*•]|\d+[.)])\s*/
  const lines = trimmed.split(/\n|;/).map((l) => l.replace(bullet, '').trim())
  const items = lines.length > 1 ? lines : trimmed.split(/,\s+/).map((l) => l.trim())
  return items.filter(Boolean)
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

export interface ValuesInput {
  interview: Interview
  profile: Settings['profile']
  recipient: Recipient | null
  sendDate: string
}

/** Every merge value a template can use, from the interview, Settings and the send date. */
export function messageValues({
  interview,
  profile,
  recipient,
  sendDate,
}: ValuesInput): MessageValues {
  const interviewerNames = interview.interviewers.map((p) =>
    [p.firstName, p.lastName].filter(Boolean).join(' '),
  )
  const others = interview.interviewers
    .map((p, i) => ({ first: p.firstName, key: `interviewer-${i}` }))
    .filter((p) => recipient?.role === 'interviewer' && p.key !== recipient.key)
    .map((p) => p.first)
  return {
    firstName: recipient?.firstName ?? '',
    company: interview.company,
    role: interview.role,
    interviewDay: naturalDay(interview.interviewDate, sendDate),
    yourName: profile.name,
    yourPhone: profile.phone,
    yourEmail: profile.email,
    signature: profile.signature?.trim() || profile.name,
    topic: listItems(interview.topics)[0] ?? '',
    strength: listItems(interview.strengths)[0] ?? '',
    forgotten: interview.forgotten,
    accomplishment: interview.accomplishment,
    others: joinNames(others),
    interviewers: joinNames(interviewerNames),
  }
}

/** The others met, for the thank-you check: everyone but the person this note is for. */
export function othersMet(interview: Interview, recipient: Recipient | null): string[] {
  return interview.interviewers
    .filter((_, i) => recipient?.role !== 'interviewer' || `interviewer-${i}` !== recipient.key)
    .map((p) => [p.firstName, p.lastName].filter(Boolean).join(' '))
}

export interface ContextInput extends ValuesInput {
  channel: MessageContext['channel']
  plannedDate: string | null
  attemptNumber?: number
  priorUnansweredChecks: number
}

/** What the checker needs to judge a draft for this interview and person. */
export function checkerContext(input: ContextInput): MessageContext {
  const { interview, recipient } = input
  return {
    company: interview.company,
    role: interview.role,
    interviewer: recipient?.name ?? '',
    interviewDate: interview.interviewDate,
    topics: listItems(interview.topics),
    otherInterviewers: recipient?.role === 'recruiter' ? [] : othersMet(interview, recipient),
    ...(input.channel ? { channel: input.channel } : {}),
    sendDate: input.sendDate,
    plannedDate: input.plannedDate,
    timeframe: interview.timeframe,
    ...(input.attemptNumber !== undefined ? { attemptNumber: input.attemptNumber } : {}),
    priorUnansweredChecks: input.priorUnansweredChecks,
    yourPhone: input.profile.phone,
  }
}
