import { toDbfs } from '../../core/audio/decibels'

/** The meter's range: below −60 dBFS is room noise, 0 dBFS is full scale. */
const FLOOR_DB = -60

/** Loudness of one block of samples as a 0–100 meter reading (RMS on a dB scale). */
export function meterLevel(samples: Float32Array): { percent: number; dbfs: number } {
  let sumSq = 0
  for (let i = 0; i < samples.length; i++) sumSq += samples[i]! * samples[i]!
  const dbfs = toDbfs(Math.sqrt(sumSq / Math.max(1, samples.length)))
  const percent = Math.round(Math.min(100, Math.max(0, ((dbfs - FLOOR_DB) / -FLOOR_DB) * 100)))
  return { percent, dbfs }
}

/** What the meter says to a screen reader, in words rather than decibels. */
export function levelWords(percent: number): string {
  if (percent < 15) return 'silent or very quiet'
  if (percent < 45) return 'quiet'
  if (percent < 85) return 'good'
  return 'very loud'
}
