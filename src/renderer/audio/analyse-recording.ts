import { analyzeTake, type NodeMarker, type TakeAnalysis } from '../../core/audio/analyze'
import { withPace } from '../../core/audio/pace-evidence'

// Opus decodes at 48 kHz natively, so asking for it avoids a resampling pass.
const DECODE_RATE = 48_000

/** Mono by averaging channels: a stereo mic's two sides are the same voice. */
export function downmix(buffer: Pick<AudioBuffer, 'numberOfChannels' | 'getChannelData'>) {
  if (buffer.numberOfChannels === 1) return buffer.getChannelData(0)
  const channels = Array.from({ length: buffer.numberOfChannels }, (_, c) =>
    buffer.getChannelData(c),
  )
  const out = new Float32Array(channels[0]!.length)
  for (const channel of channels) {
    for (let i = 0; i < out.length; i++) out[i] = out[i]! + channel[i]! / channels.length
  }
  return out
}

/**
 * Decodes a recording and measures it with the same pure analysis the tests check. The host
 * can't decode WebM/Opus, so this runs here and the result is saved with the take.
 */
export async function analyseRecording(blob: Blob, markers: NodeMarker[]): Promise<TakeAnalysis> {
  const context = new OfflineAudioContext(1, 1, DECODE_RATE)
  const decoded = await context.decodeAudioData(await blob.arrayBuffer())
  const samples = downmix(decoded)
  return withPace(analyzeTake(samples, decoded.sampleRate, markers), samples, decoded.sampleRate)
}
