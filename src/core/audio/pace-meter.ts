import { Growable } from './growable'

// The loudness contour and voicing the syllable-nuclei pace (pace.ts) reads, measured as the
// samples arrive so a live take needs no second pass over its audio.

export const HOP_MS = 10
// About 30 ms of sound per reading: short enough that fast speech (five or six syllables a
// second) still dips between syllables, long enough that a voice's pitch doesn't ripple it.
const WINDOW_HOPS = 3
// Never speech, however quiet the room (the same floor analyzeTake uses). Peaks below it can't
// pass pace's threshold, so their voicing is never needed.
export const SPEECH_FLOOR_DBFS = -50
const VOICING_THRESHOLD = 0.45
// Voicing is only needed at the few candidate peaks, so the costly autocorrelation runs there
// alone, on a copy thinned to about 8 kHz (plenty for a voice's pitch, 75–400 Hz).
const PITCH_MIN_HZ = 75
const PITCH_MAX_HZ = 400
const VOICING_WINDOW_MS = 40
const THIN_TO_HZ = 8000

export interface PaceMeasures {
  /** Loudness in dB every hop: the mean power of a Hann-weighted window of hops around it. */
  contour: Float32Array
  /** 1 where the hop is a loudness peak (above the speech floor) in voiced sound. */
  voiced: Uint8Array
  /** A hop's exact length (HOP_MS rounded to whole samples). */
  hopMs: number
}

const HALF = Math.floor(WINDOW_HOPS / 2)
const WEIGHTS = Array.from({ length: 2 * HALF + 1 }, (_, k) =>
  HALF === 0 ? 1 : 0.5 - 0.5 * Math.cos((Math.PI * (k + 1)) / (HALF + 1)),
)

/**
 * Reads samples chunk by chunk into the pace contour. A hop's loudness is final once the hops
 * around it are in; a peak's voicing is read from a short ring of recent samples once its window
 * is complete. Chunking never changes the result: `measures()` equals one whole-buffer pass.
 */
export class PaceMeter {
  readonly hop: number
  readonly #hopMs: number
  #power = new Growable((n) => new Float64Array(n))
  #contour = new Growable((n) => new Float32Array(n))
  /** Hops found voiced so far: few (peaks only), so a set beats a per-hop array. */
  #voicedHops = new Set<number>()
  #sum = 0
  #sumSq = 0
  #inHop = 0
  #total = 0
  /** Candidate peaks whose voicing window still reaches past the samples in. */
  #pending: number[] = []
  #ring: Float32Array
  #mask: number
  readonly #step: number
  readonly #size: number
  readonly #minLag: number
  readonly #maxLag: number
  readonly #frame: Float64Array

  constructor(sampleRate: number) {
    if (!Number.isFinite(sampleRate) || sampleRate <= 0) {
      throw new RangeError(`sampleRate must be a positive number, got ${sampleRate}`)
    }
    this.hop = Math.max(1, Math.round((sampleRate * HOP_MS) / 1000))
    this.#hopMs = (this.hop * 1000) / sampleRate
    this.#step = Math.max(1, Math.floor(sampleRate / THIN_TO_HZ))
    const rate = sampleRate / this.#step
    this.#size = Math.round((rate * VOICING_WINDOW_MS) / 1000)
    this.#minLag = Math.max(1, Math.floor(rate / PITCH_MAX_HZ))
    this.#maxLag = Math.ceil(rate / PITCH_MIN_HZ)
    this.#frame = new Float64Array(this.#size + this.#maxLag)
    // Room for a voicing window and the few hops a peak waits to be confirmed, twice over.
    const needed = 2 * (this.#frame.length * this.#step + (WINDOW_HOPS + 3) * this.hop)
    this.#ring = new Float32Array(2 ** Math.ceil(Math.log2(needed)))
    this.#mask = this.#ring.length - 1
  }

  push(chunk: Float32Array): void {
    const { hop } = this
    for (let i = 0; i < chunk.length;) {
      const n = Math.min(hop - this.#inHop, chunk.length - i)
      let sum = this.#sum
      let sumSq = this.#sumSq
      for (let k = i, end = i + n; k < end; k++) {
        const x = chunk[k]!
        sum += x
        sumSq += x * x
      }
      this.#keep(chunk.subarray(i, i + n))
      i += n
      this.#inHop += n
      if (this.#inHop < hop) {
        this.#sum = sum
        this.#sumSq = sumSq
        continue
      }
      // The hop's mean is removed so a microphone's DC offset never reads as sound.
      this.#power.push(Math.max(0, sumSq - (sum * sum) / hop) / hop)
      this.#sum = 0
      this.#sumSq = 0
      this.#inHop = 0
      this.#onHop()
    }
  }

  /** Copies samples into the ring of recent audio that voicing is read from. */
  #keep(samples: Float32Array): void {
    const at = this.#total & this.#mask
    const first = Math.min(samples.length, this.#ring.length - at)
    this.#ring.set(samples.subarray(0, first), at)
    if (first < samples.length) this.#ring.set(samples.subarray(first), 0)
    this.#total += samples.length
  }

  #onHop(): void {
    const n = this.#power.length
    const h = n - 1 - HALF
    if (h >= 0) this.#contour.push(this.#loudness(h))
    // A peak needs its right-hand neighbour's loudness, final one hop later.
    const peak = h - 1
    if (peak >= 1 && this.#isCandidate(peak, (i) => this.#contour.at(i)!)) this.#pending.push(peak)
    while (this.#pending.length > 0 && this.#windowEnd(this.#pending[0]!) <= this.#total) {
      const p = this.#pending.shift()!
      if (this.#voicedAt(p)) this.#voicedHops.add(p)
    }
  }

  #loudness(h: number): number {
    let weighted = 0
    let total = 0
    for (let k = -HALF; k <= HALF; k++) {
      const p = this.#power.at(h + k)
      if (p === undefined) continue
      const w = WEIGHTS[k + HALF]!
      weighted += p * w
      total += w
    }
    return 10 * Math.log10(weighted / total + 1e-12)
  }

  #isCandidate(h: number, db: (i: number) => number): boolean {
    const v = db(h)
    return v >= SPEECH_FLOOR_DBFS && v > db(h - 1) && v >= db(h + 1)
  }

  #windowStart(h: number): number {
    const centre = h * this.hop + Math.floor(this.hop / 2)
    return centre - Math.floor((this.#frame.length * this.#step) / 2)
  }

  #windowEnd(h: number): number {
    return this.#windowStart(h) + this.#frame.length * this.#step
  }

  /** Whether the sound around hop `h` has a pitch; samples past the end read as silence. */
  #voicedAt(h: number): boolean {
    const frame = this.#frame
    const step = this.#step
    const size = this.#size
    const start = this.#windowStart(h)
    const total = this.#total
    const ring = this.#ring
    const mask = this.#mask
    let mean = 0
    for (let i = 0; i < frame.length; i++) {
      // Averaging each group of `step` samples also filters out what the thinning would fold down.
      let sum = 0
      for (let k = 0; k < step; k++) {
        const at = start + i * step + k
        sum += at >= 0 && at < total ? ring[at & mask]! : 0
      }
      frame[i] = sum / step
      mean += frame[i]!
    }
    mean /= frame.length
    for (let i = 0; i < frame.length; i++) frame[i] = frame[i]! - mean
    let energy0 = 0
    for (let i = 0; i < size; i++) energy0 += frame[i]! * frame[i]!
    if (energy0 <= 0) return false
    // The lagged window's energy slides one sample per lag rather than being summed afresh.
    let energyLag = 0
    for (let i = this.#minLag; i < this.#minLag + size; i++) energyLag += frame[i]! * frame[i]!
    for (let lag = this.#minLag; lag <= this.#maxLag; lag++) {
      let cross = 0
      for (let i = 0; i < size; i++) cross += frame[i]! * frame[i + lag]!
      // One lag that repeats well enough is a pitch: the rest needn't be tried.
      if (energyLag > 0 && cross / Math.sqrt(energy0 * energyLag) >= VOICING_THRESHOLD) return true
      energyLag += frame[lag + size]! ** 2 - frame[lag]! ** 2
    }
    return false
  }

  /** The contour and voicing so far, as if the take ended here; more samples may follow. */
  measures(): PaceMeasures {
    const n = this.#power.length
    const contour = new Float32Array(n)
    contour.set(this.#contour.copy())
    // The last hops lack right-hand neighbours: their loudness is read from what is there.
    for (let h = this.#contour.length; h < n; h++) contour[h] = this.#loudness(h)
    const voiced = new Uint8Array(n)
    for (const h of this.#voicedHops) if (h < n) voiced[h] = 1
    const late = [...this.#pending]
    for (let h = Math.max(1, this.#contour.length - 1); h < n - 1; h++) {
      if (this.#isCandidate(h, (i) => contour[i]!)) late.push(h)
    }
    for (const h of late) if (this.#voicedAt(h)) voiced[h] = 1
    return { contour, voiced, hopMs: this.#hopMs }
  }
}
