import type { TakeAnalysis } from './analyze'
import { paceOf, type PaceEstimate } from './pace'
import { PaceMeter, type PaceMeasures } from './pace-meter'

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
  const meter = new PaceMeter(sampleRate)
  meter.push(samples)
  return addPace(analysis, meter.measures())
}

/** withPace from a measured contour, e.g. one read live while recording. */
export function addPace(analysis: TakeAnalysis, measures: PaceMeasures): TakeAnalysis {
  return {
    ...analysis,
    pace: paceOf(measures),
    perNode: analysis.perNode.map((span) => ({
      ...span,
      wordsPerMinute: paceOf(measures, span.startMs, span.endMs).wordsPerMinute,
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
