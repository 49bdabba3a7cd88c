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
const HOP_MS = 10
// About 30 ms of sound per reading: short enough that fast speech (five or six syllables a
// second) still dips between syllables, long enough that a voice's pitch doesn't ripple it.
const WINDOW_HOPS = 3
// Peaks more than 25 dB below the near-loudest sound are background, as in the original method
// (and Praat's silence detection). The near-loudest is the 99th percentile, so a cough or a
// knock doesn't set the bar.
const SILENCE_DB = 25
// Loudness must fall this far between two peaks for them to be two syllables. The method's
// usual 2 dB counts the wobble inside slow, drawn-out syllables twice; 3 dB does not.
const MIN_DIP_DB = 3
// Never speech, however quiet the room (the same floor analyzeTake uses).
const SPEECH_FLOOR_DBFS = -50
// Gaps between words and phrases are part of speaking; a silence over a second is waiting for
// the other person or thinking, and would make a calm speaker look slow.
const BRIDGE_PAUSE_HOPS = 100
const VOICING_THRESHOLD = 0.45
// Spoken English runs at about 1.3–1.4 syllables a word, and the method misses a few
// unstressed ones, so about 1.3 peaks are heard per word.
const SYLLABLES_PER_WORD = 1.3
// A couple of words can't show a pace: below this, the answer is null rather than a guess.
const MIN_SPEAKING_MS = 1500
const MIN_SYLLABLES = 4

/** Syllables per second and words per minute of the speech in a mono recording. */
export function estimatePace(samples: Float32Array, sampleRate: number): PaceEstimate {
  if (!Number.isFinite(sampleRate) || sampleRate <= 0) {
    throw new RangeError(`sampleRate must be a positive number, got ${sampleRate}`)
  }
  const none: PaceEstimate = { wordsPerMinute: null, syllablesPerSecond: null }
  const hop = Math.max(1, Math.round((sampleRate * HOP_MS) / 1000))
  const db = loudnessContour(samples, hop, WINDOW_HOPS)
  if (db.length === 0) return none

  const threshold = Math.max(SPEECH_FLOOR_DBFS, quantile(db, 0.99) - SILENCE_DB)
  const speakingMs = speakingHops(db, threshold, BRIDGE_PAUSE_HOPS) * HOP_MS
  if (speakingMs < MIN_SPEAKING_MS) return none

  const voiced = voicedAt(samples, sampleRate, hop, VOICING_THRESHOLD)
  const syllables = nuclei(db, threshold, MIN_DIP_DB).filter(voiced).length
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

/**
 * Loudness in dB every hop, each reading the mean power of a Hann-weighted window of `width`
 * hops around it (odd widths centre it). Built from per-hop sums, so the whole take is read once.
 */
function loudnessContour(samples: Float32Array, hop: number, width: number): Float32Array {
  const count = Math.floor(samples.length / hop)
  const power = new Float64Array(count)
  for (let h = 0; h < count; h++) {
    let sum = 0
    let sumSq = 0
    for (let i = h * hop, end = i + hop; i < end; i++) {
      const x = samples[i]!
      sum += x
      sumSq += x * x
    }
    // The hop's mean is removed so a microphone's DC offset never reads as sound.
    power[h] = Math.max(0, sumSq - (sum * sum) / hop) / hop
  }
  const half = Math.floor(width / 2)
  const weights = Array.from({ length: 2 * half + 1 }, (_, k) =>
    half === 0 ? 1 : 0.5 - 0.5 * Math.cos((Math.PI * (k + 1)) / (half + 1)),
  )
  const out = new Float32Array(count)
  for (let h = 0; h < count; h++) {
    let weighted = 0
    let total = 0
    for (let k = -half; k <= half; k++) {
      const p = power[h + k]
      if (p === undefined) continue
      const w = weights[k + half]!
      weighted += p * w
      total += w
    }
    out[h] = 10 * Math.log10(weighted / total + 1e-12)
  }
  return out
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

// Voicing is only needed at the few candidate peaks, so the costly autocorrelation runs there
// alone, on a copy thinned to about 8 kHz (plenty for a voice's pitch, 75–400 Hz).
const PITCH_MIN_HZ = 75
const PITCH_MAX_HZ = 400
const VOICING_WINDOW_MS = 40
const THIN_TO_HZ = 8000

function voicedAt(
  samples: Float32Array,
  sampleRate: number,
  hop: number,
  threshold: number,
): (hopIndex: number) => boolean {
  const step = Math.max(1, Math.floor(sampleRate / THIN_TO_HZ))
  const rate = sampleRate / step
  const size = Math.round((rate * VOICING_WINDOW_MS) / 1000)
  const minLag = Math.max(1, Math.floor(rate / PITCH_MAX_HZ))
  const maxLag = Math.ceil(rate / PITCH_MIN_HZ)
  const frame = new Float64Array(size + maxLag)
  return (hopIndex) => {
    const centre = hopIndex * hop + Math.floor(hop / 2)
    const start = centre - Math.floor(((size + maxLag) * step) / 2)
    let mean = 0
    for (let i = 0; i < frame.length; i++) {
      // Averaging each group of `step` samples also filters out what the thinning would fold down.
      let sum = 0
      for (let k = 0; k < step; k++) sum += samples[start + i * step + k] ?? 0
      frame[i] = sum / step
      mean += frame[i]!
    }
    mean /= frame.length
    for (let i = 0; i < frame.length; i++) frame[i] = frame[i]! - mean
    let energy0 = 0
    for (let i = 0; i < size; i++) energy0 += frame[i]! * frame[i]!
    if (energy0 <= 0) return false
    let best = 0
    for (let lag = minLag; lag <= maxLag; lag++) {
      let cross = 0
      let energyLag = 0
      for (let i = 0; i < size; i++) {
        cross += frame[i]! * frame[i + lag]!
        energyLag += frame[i + lag]! * frame[i + lag]!
      }
      if (energyLag > 0) best = Math.max(best, cross / Math.sqrt(energy0 * energyLag))
    }
    return best >= threshold
  }
}
