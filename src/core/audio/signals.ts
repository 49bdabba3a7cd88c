// Deterministic test signals with known answers, for tests and benchmarks.

function sampleCount(ms: number, sampleRate: number): number {
  return Math.max(0, Math.round((ms * sampleRate) / 1000))
}

export function tone(freqHz: number, ms: number, sampleRate: number, amplitude: number) {
  const out = new Float32Array(sampleCount(ms, sampleRate))
  const step = (2 * Math.PI * freqHz) / sampleRate
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin(step * i)
  return out
}

/** Alternates between +amplitude and −amplitude; at 1.0 every sample sits at full scale. */
export function square(freqHz: number, ms: number, sampleRate: number, amplitude: number) {
  const out = new Float32Array(sampleCount(ms, sampleRate))
  const halfPeriod = sampleRate / freqHz / 2
  for (let i = 0; i < out.length; i++) {
    out[i] = Math.floor(i / halfPeriod) % 2 === 0 ? amplitude : -amplitude
  }
  return out
}

export function silence(ms: number, sampleRate: number) {
  return new Float32Array(sampleCount(ms, sampleRate))
}

/** Uniform white noise in [−amplitude, amplitude]; the same seed always gives the same samples. */
export function noise(ms: number, sampleRate: number, amplitude: number, seed = 1) {
  const out = new Float32Array(sampleCount(ms, sampleRate))
  // mulberry32: tiny, fast and good enough for test noise; Math.random can't be seeded.
  let state = seed >>> 0
  for (let i = 0; i < out.length; i++) {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296
    out[i] = amplitude * (unit * 2 - 1)
  }
  return out
}

export function concat(...parts: Float32Array[]) {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** Sample-wise sum, as long as the longest part. Not clamped, so a mix can clip on purpose. */
export function mix(...parts: Float32Array[]) {
  const out = new Float32Array(Math.max(0, ...parts.map((p) => p.length)))
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) out[i] = out[i]! + part[i]!
  }
  return out
}
