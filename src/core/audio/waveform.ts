/**
 * Buckets in a take's stored outline: a fixed count, so a 4-hour take's record is as small as a
 * 10-second one's (about 1 KB), and still more than the widest waveform draws bars.
 */
export const PEAK_BUCKETS = 400
/** Levels are stored as whole numbers up to this: the player normalises, so 1 % steps suffice. */
export const PEAK_SCALE = 100

/**
 * The loudest sample of each of up to PEAK_BUCKETS equal stretches, scaled so the loudest is
 * PEAK_SCALE. Fewer buckets when the take has fewer frames than that.
 */
export function waveformPeaks(framePeaks: Float32Array, buckets = PEAK_BUCKETS): number[] {
  const count = Math.min(buckets, framePeaks.length)
  const out: number[] = []
  let loudest = 0
  for (let i = 0; i < framePeaks.length; i++) loudest = Math.max(loudest, framePeaks[i]!)
  for (let b = 0; b < count; b++) {
    const from = Math.floor((b * framePeaks.length) / count)
    const to = Math.floor(((b + 1) * framePeaks.length) / count)
    let max = 0
    for (let i = from; i < to; i++) max = Math.max(max, framePeaks[i]!)
    out.push(loudest > 0 ? Math.round((max / loudest) * PEAK_SCALE) : 0)
  }
  return out
}
