import { HOP_MS, PaceMeter, SPEECH_FLOOR_DBFS, type PaceMeasures } from './pace-meter'

// Speaking pace by the syllable-nuclei method (de Jong & Wempe, 2009): every syllable has a
// vowel at its core, and a vowel is a local peak in loudness. Counting loudness peaks that stand
// clear of the background, are separated by a dip, and sit in voiced sound counts syllables
// without knowing a single word; dividing by the time spent speaking gives the pace.

export interface PaceEstimate {
  /** null when the take holds too little speech to say anything honest about pace. */
  wordsPerMinute: number | null
  syllablesPerSecond: number | null
}

// Each number below was checked against espeak-ng speech at three rates (see pace.test.ts).
// Peaks more than 25 dB below the near-loudest sound are background, as in the original method
// (and Praat's silence detection). The near-loudest is the 99th percentile, so a cough or a
// knock doesn't set the bar.
const SILENCE_DB = 25
// Loudness must fall this far between two peaks for them to be two syllables. The method's
// usual 2 dB counts the wobble inside slow, drawn-out syllables twice; 3 dB does not.
const MIN_DIP_DB = 3
// Gaps between words and phrases are part of speaking; a silence over a second is waiting for
// the other person or thinking, and would make a calm speaker look slow.
const BRIDGE_PAUSE_HOPS = 100
// Spoken English runs at about 1.3–1.4 syllables a word, and the method misses a few
// unstressed ones, so about 1.3 peaks are heard per word.
const SYLLABLES_PER_WORD = 1.3
// A couple of words can't show a pace: below this, the answer is null rather than a guess.
const MIN_SPEAKING_MS = 1500
const MIN_SYLLABLES = 4

/** Syllables per second and words per minute of the speech in a mono recording. */
export function estimatePace(samples: Float32Array, sampleRate: number): PaceEstimate {
  const meter = new PaceMeter(sampleRate)
  meter.push(samples)
  return paceOf(meter.measures())
}

/**
 * The pace of the hops from `fromMs` to `toMs` of a measured take (all of it by default), so
 * a live take's pace and a step's pace come from the one contour.
 */
export function paceOf(
  { contour, voiced, hopMs }: PaceMeasures,
  fromMs = 0,
  toMs = Infinity,
): PaceEstimate {
  const none: PaceEstimate = { wordsPerMinute: null, syllablesPerSecond: null }
  const from = Math.max(0, Math.round(fromMs / hopMs))
  const to = Math.min(contour.length, Math.round(toMs / hopMs))
  const db = contour.subarray(from, Math.max(from, to))
  if (db.length === 0) return none

  const threshold = Math.max(SPEECH_FLOOR_DBFS, quantile(db, 0.99) - SILENCE_DB)
  const speakingMs = speakingHops(db, threshold, BRIDGE_PAUSE_HOPS) * HOP_MS
  if (speakingMs < MIN_SPEAKING_MS) return none

  const syllables = nuclei(db, threshold, MIN_DIP_DB).filter((h) => voiced[from + h] === 1).length
  if (syllables < MIN_SYLLABLES) return none
  const perSecond = syllables / (speakingMs / 1000)
  return {
    syllablesPerSecond: round1(perSecond),
    wordsPerMinute: Math.round((perSecond * 60) / SYLLABLES_PER_WORD),
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10
}

function quantile(values: Float32Array, q: number): number {
  const sorted = values.slice().sort()
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}

/** Hops from the first sound to the last, leaving out silences longer than `bridge` hops. */
function speakingHops(db: Float32Array, threshold: number, bridge: number): number {
  let total = 0
  let runStart = -1
  let lastSound = -1
  for (let h = 0; h < db.length; h++) {
    if (db[h]! < threshold) continue
    if (lastSound < 0 || h - lastSound - 1 > bridge) {
      if (runStart >= 0) total += lastSound - runStart + 1
      runStart = h
    }
    lastSound = h
  }
  if (runStart >= 0) total += lastSound - runStart + 1
  return total
}

/** Hop indexes of loudness peaks above the threshold with a real dip between neighbours. */
function nuclei(db: Float32Array, threshold: number, minDip: number): number[] {
  const peaks: number[] = []
  for (let h = 1; h < db.length - 1; h++) {
    const v = db[h]!
    if (v >= threshold && v > db[h - 1]! && v >= db[h + 1]!) peaks.push(h)
  }
  const kept: number[] = []
  let current = peaks[0]
  for (let i = 1; current !== undefined && i <= peaks.length; i++) {
    const next = peaks[i]
    if (next === undefined) {
      kept.push(current)
      break
    }
    let dip = Infinity
    for (let h = current + 1; h < next; h++) dip = Math.min(dip, db[h]!)
    if (Math.min(db[current]!, db[next]!) - dip >= minDip) {
      kept.push(current)
      current = next
    } else if (db[next]! > db[current]!) {
      // Not two syllables but one with a wobble: keep its louder peak.
      current = next
    }
  }
  return kept
}
