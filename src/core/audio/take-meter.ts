import { analyzeFrames, type NodeMarker, type TakeAnalysis } from './analyze'
import { defaultAnalysisOptions } from './analysis-options'
import { FrameMeter } from './frame-meter'
import { PaceMeter } from './pace-meter'
import { addPace } from './pace-evidence'
import { waveformPeaks } from './waveform'

/** What a take is saved with: its evidence, and the outline its player draws. */
export interface TakeEvidence {
  analysis: TakeAnalysis
  /** waveform.ts: one level per bucket, 0–100 relative to the take's loudest moment. */
  peaks: number[]
}

/**
 * Everything a take's evidence needs, measured as its samples arrive (an AudioWorklet feeds it
 * 128 frames at a time), so stopping a take costs no decoding. The same meters make the
 * whole-buffer analysis, so live and reference figures agree.
 */
export class TakeMeter {
  readonly #frames: FrameMeter
  readonly #pace: PaceMeter

  constructor(readonly sampleRate: number) {
    this.#frames = new FrameMeter(
      sampleRate,
      defaultAnalysisOptions.frameMs,
      defaultAnalysisOptions.clipLevel,
    )
    this.#pace = new PaceMeter(sampleRate)
  }

  push(chunk: Float32Array): void {
    this.#frames.push(chunk)
    this.#pace.push(chunk)
  }

  /** The evidence of what came in so far; recording may go on. */
  evidence(markers: NodeMarker[]): TakeEvidence {
    const frames = this.#frames.measures()
    return {
      analysis: addPace(analyzeFrames(frames, markers), this.#pace.measures()),
      peaks: waveformPeaks(frames.framePeak),
    }
  }
}

/** The evidence of a whole decoded take: the reference the live figures are checked against. */
export function measureTake(
  samples: Float32Array,
  sampleRate: number,
  markers: NodeMarker[],
): TakeEvidence {
  const meter = new TakeMeter(sampleRate)
  meter.push(samples)
  return meter.evidence(markers)
}
