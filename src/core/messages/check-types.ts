import type { Timeframe } from '../followup/plan'

export type MessageKind = 'follow-up' | 'thank-you' | 'voicemail' | 'rejection-reply'

export interface MessageContext {
  company: string
  role: string
  /** Full name of the person the message is addressed to. */
  interviewer: string
  /** YYYY-MM-DD */
  interviewDate: string
  topics: string[]
  otherInterviewers?: string[]
  channel?: 'email' | 'phone' | 'note' | 'text'
  sendDate?: string
  plannedDate?: string | null
  timeframe?: Timeframe
  attemptNumber?: number
  priorUnansweredChecks?: number
  yourPhone?: string
}

export interface MessageFinding {
  /** An id from RULES.md's "The message checker's rule ids". */
  rule: RuleId
  severity: 'missing' | 'warning' | 'suggestion'
  /** Plain words: what is wrong and how to fix it. */
  message: string
  /** The text it is about, when there is one. */
  span?: { start: number; end: number }
}

export const ruleIds = [
  'missing-first-name',
  'missing-purpose',
  'missing-role-date',
  'missing-interest',
  'missing-status-question',
  'missing-thanks',
  'no-specific-topic',
  'ty-missing-thanks',
  'ty-missing-enthusiasm',
  'ty-missing-strength',
  'ty-not-everyone',
  'vm-missing-callback',
  'vm-too-long',
  'rej-missing-thanks',
  'rej-missing-keep-in-mind',
  'desperate',
  'pressure',
  'bitter',
  'over-pitch',
  'too-early',
  'text-channel',
  'too-many',
] as const

export type RuleId = (typeof ruleIds)[number]

/** What a good message of this kind has, and whether this draft has it. */
export interface ElementResult {
  rule: RuleId
  /** Short name of the element, e.g. "Their first name". */
  label: string
  /** Nice to have (a suggestion) rather than needed. */
  optional: boolean
  /** The sentence that has it; absent when it is missing. */
  span?: { start: number; end: number }
}

export interface MessageReview {
  elements: ElementResult[]
  findings: MessageFinding[]
}
