function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** Clock-style duration: "0:07", "12:30", "1:05:03". Rounds to the nearest second. */
export function formatDuration(ms: number): string {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 1000) : 0
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  if (hours > 0) return `${hours}:${pad2(minutes)}:${pad2(seconds)}`
  return `${minutes}:${pad2(seconds)}`
}

/** Seconds with one decimal, for short spans such as pauses: "4.1 s". */
export function formatSeconds(ms: number): string {
  const seconds = Number.isFinite(ms) && ms > 0 ? ms / 1000 : 0
  return `${seconds.toFixed(1)} s`
}

// Decimal (SI) units, so "MB" means exactly what it says and matches macOS and most web UIs.
const byteUnits = ['B', 'kB', 'MB', 'GB', 'TB'] as const

/** File size: "512 B", "3.4 kB", "1.2 MB", "45 MB". One decimal below 10, none above. */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '0 B'
  if (Math.round(n) < 1000) return `${Math.round(n)} B`
  let unit = 1
  let value = n / 1000
  // Pick the unit after rounding, so 999 960 bytes reads "1.0 MB" rather than "1000 kB".
  while (unit < byteUnits.length - 1 && Number(roundForDisplay(value)) >= 1000) {
    unit++
    value /= 1000
  }
  return `${roundForDisplay(value)} ${byteUnits[unit]}`
}

function roundForDisplay(value: number): string {
  return value < 9.95 ? value.toFixed(1) : String(Math.round(value))
}
