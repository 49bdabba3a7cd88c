import type { TakeAnalysis } from '../audio/analyze'
import type { LoggedAttempt } from '../followup/attempt-schema'
import type { AttemptKind, Channel } from '../followup/plan'
import type { Interview } from '../interview/schema'

/** One interview as Insights reads it: the record and every follow-up logged for it. */
export interface InsightInterview {
  interview: Interview
  attempts: readonly LoggedAttempt[]
}

/** One recording's evidence; the audio itself is never needed. */
export interface InsightTake {
  createdAt: string
  durationMs: number
  analysis: TakeAnalysis
}

/** A script's practice so far: how many of its replies were ever taken. */
export interface InsightScript {
  id: string
  name: string
  practisedReplies: number
  replies: number
}

export interface InsightsInput {
  /** The host's calendar day (YYYY-MM-DD). */
  today: string
  interviews: readonly InsightInterview[]
  holidays: readonly string[]
  takes: readonly InsightTake[]
  scripts: readonly InsightScript[]
  /** How many weeks of practice to show, ending with this week. */
  weeks: number
}

/** Every section says whether it has enough to mean anything, and in plain words what it shows. */
export interface Section {
  enough: boolean
  summary: string
}

export interface ChannelResponse {
  channel: Channel
  sent: number
  answered: number
  /** answered / sent, or null while this channel has too few checks to say. */
  rate: number | null
}

export interface ResponsesSection extends Section {
  byChannel: ChannelResponse[]
  sent: number
  answered: number
}

export interface AnswerBucket {
  label: string
  /** Inclusive day range after the interview; `to` is null for the open-ended last bucket. */
  from: number
  to: number | null
  interviews: number
}

export interface TimeToAnswerSection extends Section {
  /** Interviews with at least one answered follow-up. */
  interviews: number
  medianDays: number | null
  fastestDays: number | null
  slowestDays: number | null
  buckets: AnswerBucket[]
}

export const outcomeKeys = [
  'pending',
  'next-round',
  'offer',
  'rejected',
  'withdrawn',
  'moved-on',
] as const
export type OutcomeKey = (typeof outcomeKeys)[number]

export interface OutcomesSection extends Section {
  counts: { outcome: OutcomeKey; interviews: number }[]
  total: number
}

export interface TimelinessRow {
  kind: AttemptKind
  early: number
  onTime: number
  late: number
}

export interface TimelinessSection extends Section {
  /** Done before the day the plan gave (a status check too soon). */
  early: number
  /** Done on the day the plan gave. */
  onTime: number
  /** Done after it. */
  late: number
  /** Logged follow-ups the plan never asked for (a fourth check, a check despite "do not contact"). */
  unplanned: number
  averageDaysLate: number | null
  byKind: TimelinessRow[]
}

export interface PracticeWeek {
  /** The Monday that starts the week (YYYY-MM-DD). */
  weekStart: string
  takes: number
  /** Average share of each take spent speaking, 0..1; null in a week without takes. */
  speakingShare: number | null
  /** Average pauses over the long-pause threshold per minute of take. */
  longPausesPerMinute: number | null
  /** Average speaking level in dBFS of takes with speech. */
  levelDbfs: number | null
}

export interface PracticeSection {
  weeks: PracticeWeek[]
  /** Takes of every age, not only the weeks shown. */
  totalTakes: number
  takesPerWeek: Section
  evidence: Section
  coverage: Section & {
    scripts: { scriptId: string; name: string; practised: number; total: number }[]
  }
}

/** Everything the Insights screen shows, computed in one pass over the user's data. */
export interface Insights {
  today: string
  responses: ResponsesSection
  timeToAnswer: TimeToAnswerSection
  outcomes: OutcomesSection
  timeliness: TimelinessSection
  practice: PracticeSection
}
