import type { TakeAnalysis } from './analyze'
import { defaultAnalysisOptions } from './analysis-options'
import type { AnalysisOptions } from './analysis-options'
import { formatDuration, formatSeconds } from './format'

export interface TrendTake {
  createdAt: string
  analysis: TakeAnalysis
}

export interface TrendPoint<T = number> {
  createdAt: string
  value: T
}

export interface TrendSeries {
  durationMs: TrendPoint[]
  /** speakingMs / durationMs, 0..1. */
  speakingRatio: TrendPoint[]
  pauseCount: TrendPoint[]
  longestPauseMs: TrendPoint[]
  /** null when the take has no speech: the −120 dBFS floor would wreck a chart's scale. */
  loudnessDbfs: TrendPoint<number | null>[]
  /** null when the take had too little speech, or was saved before pace was measured. */
  wordsPerMinute: TrendPoint<number | null>[]
}

export type TrendMetric = keyof TrendSeries

export interface TrendChange {
  metric: TrendMetric
  first: number | null
  latest: number | null
  sentence: string
}

export interface TakeTrend {
  /** Oldest first. */
  series: TrendSeries
  /** First take versus latest take, one entry per metric; empty with fewer than two takes. */
  changes: TrendChange[]
  summary: string
}

/** Pass the same pauseMinMs given to analyzeTake, if any, so the wording matches the counts. */
export function takeTrend(
  takes: TrendTake[],
  options: Partial<Pick<AnalysisOptions, 'pauseMinMs'>> = {},
): TakeTrend {
  const ordered = takes
    .map((take, index) => ({ take, index, time: Date.parse(take.createdAt) }))
    // Unparseable dates go last, and equal times keep their input order, so output is stable.
    .sort((a, b) => orderTime(a.time) - orderTime(b.time) || a.index - b.index)
    .map((entry) => entry.take)

  const point = <T>(take: TrendTake, value: T): TrendPoint<T> => ({
    createdAt: take.createdAt,
    value,
  })
  const series: TrendSeries = {
    durationMs: ordered.map((t) => point(t, t.analysis.durationMs)),
    speakingRatio: ordered.map((t) => point(t, speakingRatio(t.analysis))),
    pauseCount: ordered.map((t) => point(t, t.analysis.pauses.length)),
    longestPauseMs: ordered.map((t) => point(t, t.analysis.longestPauseMs)),
    loudnessDbfs: ordered.map((t) => point(t, loudness(t.analysis))),
    wordsPerMinute: ordered.map((t) => point(t, pace(t.analysis))),
  }

  const first = ordered[0]
  const latest = ordered[ordered.length - 1]
  if (!first || !latest || ordered.length < 2) {
    return {
      series,
      changes: [],
      summary:
        ordered.length === 0
          ? 'No takes yet.'
          : 'Only one take so far, so there is nothing to compare yet.',
    }
  }

  const a = first.analysis
  const b = latest.analysis
  const pauseMinMs = options.pauseMinMs ?? defaultAnalysisOptions.pauseMinMs
  const pauseLabel = `The number of pauses longer than ${pauseMinMs / 1000} s`
  const changes: TrendChange[] = [
    change('durationMs', a.durationMs, b.durationMs, 'The take length', formatDuration),
    change(
      'speakingRatio',
      speakingRatio(a),
      speakingRatio(b),
      'The share of the take spent speaking',
      percent,
    ),
    change('pauseCount', a.pauses.length, b.pauses.length, pauseLabel, String),
    change(
      'longestPauseMs',
      a.longestPauseMs,
      b.longestPauseMs,
      'Your longest pause',
      formatSeconds,
    ),
    loudnessChange(loudness(a), loudness(b)),
    paceChange(a, b),
  ]
  return { series, changes, summary: changes.map((c) => c.sentence).join(' ') }
}

function orderTime(time: number): number {
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time
}

function speakingRatio(analysis: TakeAnalysis): number {
  return analysis.durationMs > 0 ? analysis.speakingMs / analysis.durationMs : 0
}

function loudness(analysis: TakeAnalysis): number | null {
  return analysis.speakingMs > 0 ? analysis.averageLoudnessDbfs : null
}

function pace(analysis: TakeAnalysis): number | null {
  return analysis.pace?.wordsPerMinute ?? null
}

function paceChange(a: TakeAnalysis, b: TakeAnalysis): TrendChange {
  const first = pace(a)
  const latest = pace(b)
  const base = { metric: 'wordsPerMinute' as const, first, latest }
  if (first !== null && latest !== null) {
    return { ...base, sentence: movement('Your pace', wpm(first), wpm(latest)) }
  }
  if (first === null && latest === null) {
    return { ...base, sentence: 'Speaking pace can’t be compared: neither take has one.' }
  }
  const [which, take] = first === null ? ['first', a] : ['latest', b]
  // No `pace` at all: saved before pace was measured. Null: measured, but too little speech.
  const why = take.pace
    ? 'had too little speech to measure it'
    : 'was saved before pace was measured'
  return { ...base, sentence: `Speaking pace can’t be compared: the ${which} take ${why}.` }
}

function wpm(value: number): string {
  return `${Math.round(value)} words a minute`
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`
}

function dbfs(value: number): string {
  return `${Math.round(value)} dBFS`
}

function change(
  metric: TrendMetric,
  first: number,
  latest: number,
  subject: string,
  format: (value: number) => string,
): TrendChange {
  return { metric, first, latest, sentence: movement(subject, format(first), format(latest)) }
}

function loudnessChange(first: number | null, latest: number | null): TrendChange {
  const subject = 'Your average speaking level'
  if (first === null || latest === null) {
    const which =
      first === null && latest === null
        ? 'either take'
        : first === null
          ? 'the first take'
          : 'the latest take'
    return {
      metric: 'loudnessDbfs',
      first,
      latest,
      sentence: `No speech was detected in ${which}, so speaking level can’t be compared.`,
    }
  }
  return {
    metric: 'loudnessDbfs',
    first,
    latest,
    sentence: movement(subject, dbfs(first), dbfs(latest)),
  }
}

// Compares what the user will read, so "went from 1.8 s to 1.8 s" can't happen.
function movement(subject: string, first: string, latest: string): string {
  return first === latest
    ? `${subject} stayed at ${first}.`
    : `${subject} went from ${first} to ${latest}.`
}
