import type { TakeAnalysis } from './analyze'
import { estimatePace, type PaceEstimate } from './pace'

/** Above this many words a minute, a phone listener starts to miss words. */
export const FAST_WPM = 170
/** Below this, a line can sound hesitant or read out. */
export const SLOW_WPM = 110

/**
 * The take's analysis with speaking pace added: for the whole take, and for each step's span
 * (so a rushed answer shows even in a calm call). Old takes, saved before pace existed, simply
 * have none.
 */
export function withPace(
  analysis: TakeAnalysis,
  samples: Float32Array,
  sampleRate: number,
): TakeAnalysis {
  const at = (ms: number) =>
    Math.min(samples.length, Math.max(0, Math.round((ms * sampleRate) / 1000)))
  return {
    ...analysis,
    pace: estimatePace(samples, sampleRate),
    perNode: analysis.perNode.map((span) => ({
      ...span,
      wordsPerMinute: estimatePace(samples.subarray(at(span.startMs), at(span.endMs)), sampleRate)
        .wordsPerMinute,
    })),
  }
}

export type PaceBand = 'fast' | 'slow' | 'steady'

export function paceBand(wordsPerMinute: number): PaceBand {
  if (wordsPerMinute > FAST_WPM) return 'fast'
  if (wordsPerMinute < SLOW_WPM) return 'slow'
  return 'steady'
}

export type { PaceEstimate }
