import type { TakeAnalysis } from '../../../core/audio/analyze'
import { defaultAnalysisOptions } from '../../../core/audio/analysis-options'
import { formatDuration, formatSeconds } from '../../../core/audio/format'
import { FAST_WPM, paceBand, SLOW_WPM } from '../../../core/audio/pace-evidence'

// Evidence, not judgement: each line says what was measured and, where it helps, what usually
// changes it. Nothing here grades the user.

const PAUSE_S = defaultAnalysisOptions.pauseMinMs / 1000

export function speakingSummary(a: TakeAnalysis): string {
  if (a.speakingMs === 0) return 'No speech picked up'
  const share = a.durationMs > 0 ? Math.round((a.speakingMs / a.durationMs) * 100) : 0
  return `${spanTime(a.speakingMs)} speaking, ${spanTime(a.silenceMs)} quiet (${share}% speaking)`
}

export function pauseSummary(a: TakeAnalysis): string {
  const n = a.pauses.length
  if (n === 0) {
    return a.longestPauseMs > 0
      ? `No pauses over ${PAUSE_S} s (longest gap ${formatSeconds(a.longestPauseMs)})`
      : `No pauses over ${PAUSE_S} s`
  }
  return `${n} ${n === 1 ? 'pause' : 'pauses'} over ${PAUSE_S} s, the longest ${formatSeconds(a.longestPauseMs)}`
}

export function loudnessSummary(a: TakeAnalysis): string {
  if (a.speakingMs === 0) return 'No speaking level to measure'
  return `Average speaking level ${Math.round(a.averageLoudnessDbfs)} dBFS`
}

export function clippingSummary(a: TakeAnalysis): string {
  if (!a.clipping) return 'No clipping'
  return `Clipping on ${(a.clippedRatio * 100).toFixed(1)}% of the take`
}

/** The calm note shown when a take is hard to hear back, with what usually helps. */
export function tooQuietNote(a: TakeAnalysis): string | null {
  if (!a.tooQuiet) return null
  if (a.speakingMs === 0) {
    return 'This take is very quiet: no speech was picked up. Check that the right microphone is chosen and not muted, then try another take.'
  }
  return `This take is quiet (about ${Math.round(a.averageLoudnessDbfs)} dBFS), so it may be hard to hear back. Sitting a little closer to the microphone usually helps.`
}

export function clippingNote(a: TakeAnalysis): string | null {
  if (!a.clipping) return null
  return 'Some loud moments were cut off (clipping). Sitting a little further from the microphone, or lowering its input level, avoids it.'
}

/** Short spans in seconds ("4.2 s"), longer ones on a clock ("1:05"). */
export function spanTime(ms: number): string {
  return ms < 60_000 ? formatSeconds(ms) : formatDuration(ms)
}

/** "About 150 words a minute", or why there is no number. */
export function paceSummary(a: TakeAnalysis): string {
  if (!a.pace) return 'Not measured (recorded before pace was added)'
  const wpm = a.pace.wordsPerMinute
  return wpm === null ? 'Too little speech to measure' : `About ${wpm} words a minute`
}

/** One step's pace for the timing table: a number, with a word when it is quick or slow. */
export function stepPace(wpm: number | null | undefined): string {
  if (wpm === null || wpm === undefined) return '—'
  const band = paceBand(wpm)
  return band === 'steady' ? String(wpm) : `${wpm} (${band === 'fast' ? 'quick' : 'slow'})`
}

/** The calm note when the take runs quick or slow, with what usually helps. */
export function paceNote(a: TakeAnalysis): string | null {
  const wpm = a.pace?.wordsPerMinute
  if (wpm === null || wpm === undefined) return null
  switch (paceBand(wpm)) {
    case 'fast':
      return `This take runs quick, about ${wpm} words a minute (over about ${FAST_WPM} is hard to follow on the phone). A breath at each full stop slows it down without sounding forced.`
    case 'slow':
      return `This take is on the slow side, about ${wpm} words a minute (under about ${SLOW_WPM} can sound hesitant). Knowing the lines well enough to say them, rather than read them, usually helps.`
    case 'steady':
      return null
  }
}
