import { toDbfs } from './decibels'
import { Growable } from './growable'

/** Per-frame energy and level, the peak and the clipped-sample count: all analyzeTake reads. */
export interface FrameMeasures {
  sampleRate: number
  /** Samples measured so far. */
  total: number
  frameLen: number
  /** Energy with the frame's mean removed, one per frame (the last one may be partial). */
  frameEnergy: Float64Array
  frameDb: Float32Array
  /** Largest absolute sample of each frame, for the waveform. */
  framePeak: Float32Array
  peak: number
  clipped: number
}

/**
 * Reads a take's samples chunk by chunk (128-frame worklet blocks or one whole buffer) into
 * per-frame values. The sums run in the same order whatever the chunking, so the result is the
 * same to the bit.
 */
export class FrameMeter {
  readonly frameLen: number
  #energy = new Growable((n) => new Float64Array(n))
  #db = new Growable((n) => new Float32Array(n))
  #framePeak = new Growable((n) => new Float32Array(n))
  #sum = 0
  #sumSq = 0
  #inFrame = 0
  #frameMax = 0
  #peak = 0
  #clipped = 0
  #total = 0

  constructor(
    readonly sampleRate: number,
    frameMs: number,
    private readonly clipLevel: number,
  ) {
    if (!Number.isFinite(sampleRate) || sampleRate <= 0) {
      throw new RangeError(`sampleRate must be a positive number, got ${sampleRate}`)
    }
    this.frameLen = Math.max(1, Math.round((sampleRate * frameMs) / 1000))
  }

  push(chunk: Float32Array): void {
    const { frameLen, clipLevel } = this
    let clipped = this.#clipped
    for (let i = 0; i < chunk.length;) {
      const n = Math.min(frameLen - this.#inFrame, chunk.length - i)
      let sum = this.#sum
      let sumSq = this.#sumSq
      let frameMax = this.#frameMax
      for (let k = i, end = i + n; k < end; k++) {
        const x = chunk[k]!
        const a = Math.abs(x)
        sum += x
        sumSq += x * x
        // Branch-free on purpose: sign-dependent branches mispredict on audio and cost ~4x here.
        frameMax = Math.max(frameMax, a)
        clipped += a >= clipLevel ? 1 : 0
      }
      i += n
      this.#inFrame += n
      if (this.#inFrame < frameLen) {
        this.#sum = sum
        this.#sumSq = sumSq
        this.#frameMax = frameMax
        continue
      }
      this.#closeFrame(sum, sumSq, frameLen, frameMax)
      this.#sum = 0
      this.#sumSq = 0
      this.#inFrame = 0
      this.#frameMax = 0
    }
    this.#clipped = clipped
    this.#total += chunk.length
  }

  #closeFrame(sum: number, sumSq: number, n: number, frameMax: number): void {
    // Removing the frame's mean keeps a cheap mic's DC offset from reading as constant speech.
    const energy = Math.max(0, sumSq - (sum * sum) / n)
    this.#energy.push(energy)
    this.#db.push(toDbfs(Math.sqrt(energy / n)))
    this.#framePeak.push(frameMax)
    this.#peak = Math.max(this.#peak, frameMax)
  }

  /** The values so far, the unfinished last frame included; more samples may follow. */
  measures(): FrameMeasures {
    const energy = this.#energy.copy()
    const db = this.#db.copy()
    const framePeak = this.#framePeak.copy()
    const n = this.#inFrame
    if (n === 0) {
      return this.#shape(energy, db, framePeak, this.#peak)
    }
    const e = Math.max(0, this.#sumSq - (this.#sum * this.#sum) / n)
    return this.#shape(
      append(energy, e, Float64Array),
      append(db, toDbfs(Math.sqrt(e / n)), Float32Array),
      append(framePeak, this.#frameMax, Float32Array),
      Math.max(this.#peak, this.#frameMax),
    )
  }

  #shape(
    frameEnergy: Float64Array,
    frameDb: Float32Array,
    framePeak: Float32Array,
    peak: number,
  ): FrameMeasures {
    return {
      sampleRate: this.sampleRate,
      total: this.#total,
      frameLen: this.frameLen,
      frameEnergy,
      frameDb,
      framePeak,
      peak,
      clipped: this.#clipped,
    }
  }
}

function append<T extends Float32Array | Float64Array>(
  values: T,
  value: number,
  Kind: new (n: number) => T,
): T {
  const out = new Kind(values.length + 1)
  out.set(values)
  out[values.length] = value
  return out
}
