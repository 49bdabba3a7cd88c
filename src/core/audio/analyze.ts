import { defaultAnalysisOptions } from './analysis-options'
import type { AnalysisOptions } from './analysis-options'
import { DBFS_FLOOR, toDbfs } from './decibels'
import { FrameMeter, type FrameMeasures } from './frame-meter'
import { bridgeShortGaps, dropShortBursts, percentile } from './frame-activity'

export { defaultAnalysisOptions }
export type { AnalysisOptions }

/** The script node shown on screen from `atMs` until the next marker (or the end of the take). */
export interface NodeMarker {
  nodeId: string
  atMs: number
}

export interface PauseSpan {
  startMs: number
  endMs: number
}

export interface NodeSpan {
  nodeId: string
  startMs: number
  endMs: number
  speakingMs: number
  /** Speaking pace on this step (pace-evidence.ts); null with too little speech to tell. */
  wordsPerMinute?: number | null
}

export interface TakeAnalysis {
  durationMs: number
  speakingMs: number
  /** durationMs − speakingMs, so it includes leading and trailing silence. */
  silenceMs: number
  /** Silences longer than pauseMinMs between the first and the last speech. */
  pauses: PauseSpan[]
  /**
   * Longest silence between the first and the last speech, even when shorter than pauseMinMs,
   * so progress below the pause threshold stays visible. 0 when there is no such silence.
   */
  longestPauseMs: number
  /** RMS level over speaking frames; DBFS_FLOOR when there is no speech. */
  averageLoudnessDbfs: number
  peakDbfs: number
  clippedRatio: number
  tooQuiet: boolean
  clipping: boolean
  /** One entry per marker, in time order; time before the first marker belongs to no node. */
  perNode: NodeSpan[]
  /** Speaking pace (pace-evidence.ts). Absent on takes saved before pace was measured. */
  pace?: { wordsPerMinute: number | null; syllablesPerSecond: number | null }
}

export function analyzeTake(
  samples: Float32Array,
  sampleRate: number,
  markers: NodeMarker[] = [],
  options: Partial<AnalysisOptions> = {},
): TakeAnalysis {
  const opts: AnalysisOptions = { ...defaultAnalysisOptions, ...options }
  const meter = new FrameMeter(sampleRate, opts.frameMs, opts.clipLevel)
  meter.push(samples)
  return analyzeFrames(meter.measures(), markers, opts)
}

/**
 * The evidence of a take from its per-frame values (frame-meter.ts), whether they were read
 * from a whole buffer or live from the microphone. `frameMs` and `clipLevel` were the meter's.
 */
export function analyzeFrames(
  { frameEnergy, frameDb, frameLen, total, sampleRate, peak, clipped }: FrameMeasures,
  markers: NodeMarker[] = [],
  options: Partial<AnalysisOptions> = {},
): TakeAnalysis {
  const opts: AnalysisOptions = { ...defaultAnalysisOptions, ...options }
  const frameCount = frameDb.length
  const toMs = (sampleCount: number) => (sampleCount * 1000) / sampleRate

  const noiseFloorDb = percentile(frameDb, opts.noisePercentile, DBFS_FLOOR)
  const thresholdDb = Math.min(
    opts.maxThresholdDbfs,
    Math.max(opts.speechFloorDbfs, noiseFloorDb + opts.noiseMarginDb),
  )

  const voiced = new Uint8Array(frameCount)
  for (let f = 0; f < frameCount; f++) voiced[f] = frameDb[f]! >= thresholdDb ? 1 : 0
  const speaking = voiced.slice()
  const frameDurMs = toMs(frameLen)
  bridgeShortGaps(speaking, Math.ceil(opts.bridgeGapMs / frameDurMs) - 1)
  dropShortBursts(speaking, Math.ceil(opts.minSpeechMs / frameDurMs))

  let speakingSamples = 0
  let voicedEnergy = 0
  let voicedSamples = 0
  let firstSpeech = -1
  let lastSpeech = -1
  for (let f = 0; f < frameCount; f++) {
    if (speaking[f] !== 1) continue
    const n = Math.min(frameLen, total - f * frameLen)
    speakingSamples += n
    if (firstSpeech < 0) firstSpeech = f
    lastSpeech = f
    // Bridged gaps count as speaking time but not toward loudness, or they would drag it down.
    if (voiced[f] === 1) {
      voicedEnergy += frameEnergy[f]!
      voicedSamples += n
    }
  }

  const pauses: PauseSpan[] = []
  let longestPauseSamples = 0
  let gapStart = -1
  for (let f = firstSpeech; f >= 0 && f <= lastSpeech; f++) {
    if (speaking[f] !== 1) {
      if (gapStart < 0) gapStart = f
      continue
    }
    if (gapStart >= 0) {
      const gapSamples = (f - gapStart) * frameLen
      longestPauseSamples = Math.max(longestPauseSamples, gapSamples)
      if (toMs(gapSamples) > opts.pauseMinMs) {
        pauses.push({
          startMs: Math.round(toMs(gapStart * frameLen)),
          endMs: Math.round(toMs(f * frameLen)),
        })
      }
      gapStart = -1
    }
  }

  const durationMs = Math.round(toMs(total))
  const speakingMs = Math.round(toMs(speakingSamples))
  const averageLoudnessDbfs =
    voicedSamples > 0 ? toDbfs(Math.sqrt(voicedEnergy / voicedSamples)) : DBFS_FLOOR
  const clippedRatio = total > 0 ? clipped / total : 0

  return {
    durationMs,
    speakingMs,
    silenceMs: durationMs - speakingMs,
    pauses,
    longestPauseMs: Math.round(toMs(longestPauseSamples)),
    averageLoudnessDbfs,
    peakDbfs: toDbfs(peak),
    clippedRatio,
    tooQuiet: speakingSamples === 0 || averageLoudnessDbfs < opts.tooQuietDbfs,
    clipping: clippedRatio > opts.clippingRatio,
    perNode: nodeSpans(markers, speaking, frameLen, total, sampleRate),
  }
}

function nodeSpans(
  markers: NodeMarker[],
  speaking: Uint8Array,
  frameLen: number,
  total: number,
  sampleRate: number,
): NodeSpan[] {
  const exactDurationMs = (total * 1000) / sampleRate
  const ordered = markers
    .filter((m) => Number.isFinite(m.atMs))
    .map((m) => ({ nodeId: m.nodeId, atMs: Math.min(Math.max(m.atMs, 0), exactDurationMs) }))
    .sort((a, b) => a.atMs - b.atMs)

  return ordered.map((marker, i) => {
    const startMs = marker.atMs
    const endMs = ordered[i + 1]?.atMs ?? exactDurationMs
    const startSample = Math.round((startMs * sampleRate) / 1000)
    const endSample = Math.round((endMs * sampleRate) / 1000)
    let speakingSamples = 0
    // Markers rarely fall on frame edges, so count only the part of each frame inside the span.
    for (let f = Math.floor(startSample / frameLen); f * frameLen < endSample; f++) {
      if (speaking[f] !== 1) continue
      const overlap =
        Math.min(endSample, (f + 1) * frameLen, total) - Math.max(startSample, f * frameLen)
      if (overlap > 0) speakingSamples += overlap
    }
    return {
      nodeId: marker.nodeId,
      startMs: Math.round(startMs),
      endMs: Math.round(endMs),
      speakingMs: Math.round((speakingSamples * 1000) / sampleRate),
    }
  })
}
