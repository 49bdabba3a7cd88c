import type { NodeMarker } from '../../core/audio/analyze'
import { downmix as downmixChannels } from '../../core/audio/downmix'
import { measureTake, type TakeEvidence } from '../../core/audio/take-meter'

// Opus decodes at 48 kHz natively, so asking for it avoids a resampling pass.
const DECODE_RATE = 48_000

/** Mono by averaging channels: a stereo mic's two sides are the same voice. */
export function downmix(buffer: Pick<AudioBuffer, 'numberOfChannels' | 'getChannelData'>) {
  return downmixChannels(
    Array.from({ length: buffer.numberOfChannels }, (_, c) => buffer.getChannelData(c)),
  )
}

/**
 * Decodes a recording and measures it with the same meters that run live while recording. Only
 * for takes whose live evidence is missing (no AudioWorklet): decoding a long take takes seconds.
 */
export async function analyseRecording(blob: Blob, markers: NodeMarker[]): Promise<TakeEvidence> {
  const context = new OfflineAudioContext(1, 1, DECODE_RATE)
  const decoded = await context.decodeAudioData(await blob.arrayBuffer())
  return measureTake(downmix(decoded), decoded.sampleRate, markers)
}
