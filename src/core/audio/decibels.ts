// Digital silence has no finite level; a fixed floor keeps averages, charts and JSON finite.
export const DBFS_FLOOR = -120

/** Amplitude (RMS or peak, relative to full scale 1.0) to dBFS, clamped at DBFS_FLOOR. */
export function toDbfs(amplitude: number): number {
  if (!(amplitude > 0)) return DBFS_FLOOR
  return Math.max(DBFS_FLOOR, 20 * Math.log10(amplitude))
}
