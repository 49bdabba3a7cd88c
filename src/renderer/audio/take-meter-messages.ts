import type { NodeMarker } from '../../core/audio/analyze'
import type { TakeEvidence } from '../../core/audio/take-meter'

/** The page's requests to the take-meter worklet. */
export type MeterRequest =
  | { type: 'pause' }
  | { type: 'resume' }
  /** The take has stopped: measure what came in, with the steps' markers, and stop listening. */
  | { type: 'finish'; markers: NodeMarker[] }

/** The worklet's answer to `finish`. */
export type MeterReply =
  { type: 'evidence'; evidence: TakeEvidence } | { type: 'failed'; message: string }

export const TAKE_METER_PROCESSOR = 'take-meter'
