// Helpers over per-frame speech flags (1 = speech, 0 = not), edited in place.

/** Marks as speech every non-speech run of at most `maxFrames` that has speech on both sides. */
export function bridgeShortGaps(flags: Uint8Array, maxFrames: number): void {
  if (maxFrames <= 0) return
  let lastSpeech = -1
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] !== 1) continue
    const gap = i - lastSpeech - 1
    if (lastSpeech >= 0 && gap > 0 && gap <= maxFrames) flags.fill(1, lastSpeech + 1, i)
    lastSpeech = i
  }
}

/** Clears every speech run shorter than `minFrames`. */
export function dropShortBursts(flags: Uint8Array, minFrames: number): void {
  if (minFrames <= 1) return
  let runStart = -1
  for (let i = 0; i <= flags.length; i++) {
    const speech = i < flags.length && flags[i] === 1
    if (speech && runStart < 0) runStart = i
    if (!speech && runStart >= 0) {
      if (i - runStart < minFrames) flags.fill(0, runStart, i)
      runStart = -1
    }
  }
}

/** Value at fraction `p` (0..1) of the sorted values; `fallback` when there are none. */
export function percentile(values: Float32Array, p: number, fallback: number): number {
  if (values.length === 0) return fallback
  const sorted = values.slice().sort()
  const index = Math.min(sorted.length - 1, Math.max(0, Math.floor(p * sorted.length)))
  return sorted[index]!
}
