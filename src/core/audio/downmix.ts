/**
 * Mono by averaging channels: a stereo mic's two sides are the same voice. A single channel is
 * returned as it is; `out` (as long as a channel) saves an allocation per audio block.
 */
export function downmix(channels: Float32Array[], out?: Float32Array): Float32Array {
  const first = channels[0]
  if (!first) return new Float32Array(0)
  if (channels.length === 1) return first
  const mono = out && out.length === first.length ? out.fill(0) : new Float32Array(first.length)
  for (const channel of channels) {
    for (let i = 0; i < mono.length; i++) mono[i] = mono[i]! + channel[i]! / channels.length
  }
  return mono
}
