import { afterAll, describe, expect, it } from 'vitest'
import { espeak, removeDir, tempDir } from '../../test-support/speech'
import { estimatePace } from './pace'
import { concat, mix, noise, silence, tone } from './signals'

/**
 * A voiced "syllable": a 180 Hz tone whose loudness rises and falls like a vowel, so each one is
 * a single loudness peak with a deep dip either side.
 */
function syllable(ms: number, sampleRate: number, amplitude = 0.4): Float32Array {
  const out = tone(180, ms, sampleRate, amplitude)
  for (let i = 0; i < out.length; i++) out[i] = out[i]! * Math.sin((Math.PI * i) / out.length)
  return out
}

function syllables(count: number, perSecond: number, sampleRate: number): Float32Array {
  const ms = 1000 / perSecond
  return concat(...Array.from({ length: count }, () => syllable(ms, sampleRate)))
}

describe('estimatePace on made-up signals', () => {
  it.each([8000, 22050, 48000])('counts 4 voiced syllables a second at %i Hz', (rate) => {
    const pace = estimatePace(syllables(24, 4, rate), rate)
    expect(pace.syllablesPerSecond).toBeGreaterThanOrEqual(3.7)
    expect(pace.syllablesPerSecond).toBeLessThanOrEqual(4.3)
    // 4 syllables a second is about 185 words a minute at 1.3 syllables a word.
    expect(pace.wordsPerMinute).toBeGreaterThan(170)
    expect(pace.wordsPerMinute).toBeLessThan(200)
  })

  it('counts 6 a second as faster than 3 a second', () => {
    const slow = estimatePace(syllables(18, 3, 16000), 16000)
    const fast = estimatePace(syllables(36, 6, 16000), 16000)
    expect(slow.syllablesPerSecond).toBeCloseTo(3, 0)
    expect(fast.syllablesPerSecond).toBeCloseTo(6, 0)
  })

  it('leaves out silences over a second, so waiting for a reply does not slow the pace', () => {
    const rate = 16000
    const talk = syllables(12, 4, rate)
    const withWait = concat(talk, silence(4000, rate), talk)
    const pace = estimatePace(withWait, rate)
    expect(pace.syllablesPerSecond).toBeGreaterThanOrEqual(3.7)
    expect(pace.syllablesPerSecond).toBeLessThanOrEqual(4.3)
  })

  it('does not count hiss: unvoiced bursts are not syllables', () => {
    const rate = 16000
    const hiss = concat(
      ...Array.from({ length: 20 }, (_, i) =>
        concat(noise(150, rate, 0.3, i + 1), silence(100, rate)),
      ),
    )
    expect(estimatePace(hiss, rate)).toEqual({ wordsPerMinute: null, syllablesPerSecond: null })
  })

  it('ignores a DC offset and quiet room noise under the speech', () => {
    const rate = 16000
    const clean = syllables(20, 4, rate)
    const offset = clean.map((x) => x + 0.2)
    const noisy = mix(clean, noise(5000, rate, 0.002, 7))
    expect(estimatePace(offset, rate)).toEqual(estimatePace(clean, rate))
    expect(estimatePace(noisy, rate).syllablesPerSecond).toBeCloseTo(4, 0)
  })

  it.each<[string, Float32Array]>([
    ['an empty take', new Float32Array(0)],
    ['silence', silence(5000, 16000)],
    ['room noise only', noise(5000, 16000, 0.001)],
    ['one short word', concat(silence(1000, 16000), syllables(2, 4, 16000), silence(1000, 16000))],
  ])('gives null for %s', (_name, samples) => {
    expect(estimatePace(samples, 16000)).toEqual({ wordsPerMinute: null, syllablesPerSecond: null })
  })

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a sample rate of %s', (rate) => {
    expect(() => estimatePace(new Float32Array(100), rate)).toThrow(RangeError)
  })
})

/** Seconds from the first to the last 10 ms of sound above −45 dBFS: measured, not assumed. */
function speakingSeconds(samples: Float32Array, sampleRate: number): number {
  const hop = Math.round(sampleRate / 100)
  let first = -1
  let last = -1
  for (let h = 0; (h + 1) * hop <= samples.length; h++) {
    let sumSq = 0
    for (let i = h * hop; i < (h + 1) * hop; i++) sumSq += samples[i]! * samples[i]!
    if (10 * Math.log10(sumSq / hop + 1e-12) > -45) {
      if (first < 0) first = h
      last = h
    }
  }
  if (first < 0) throw new Error('the generated speech is silent')
  return ((last - first + 1) * hop) / sampleRate
}

// Three lines of the kind the app rehearses, written for this test.
const TEXTS = [
  'Thanks so much for taking my call today. I wanted to check in on the project manager role, since I enjoyed our conversation last week and I am still very keen on the position.',
  'When I moved from teaching into software support, the first month was hard. I kept a notebook of every question customers asked, and by the end of the quarter our team used it as the training guide.',
  'Could you tell me a little about your timeline, and whether there is anything else I can send over? I would be happy to share a short example of my work, or put you in touch with a former manager.',
]
const RATES = [120, 170, 230]

describe('estimatePace on espeak-ng speech', () => {
  const dir = tempDir('pace-speech-')
  afterAll(() => removeDir(dir))

  const cases = TEXTS.flatMap((text, t) =>
    RATES.map((rate) => ({ name: `text ${t + 1}`, rate, text })),
  )

  it.each(cases)(
    '$name at -s $rate: within 15 percent of words ÷ speaking time',
    ({ rate, text }) => {
      const { samples, sampleRate } = espeak(text, rate, dir)
      const words = text.split(/\s+/).length
      const truth = (words / speakingSeconds(samples, sampleRate)) * 60
      const { wordsPerMinute } = estimatePace(samples, sampleRate)
      expect(wordsPerMinute).not.toBeNull()
      const error = Math.abs(wordsPerMinute! - truth) / truth
      expect(
        error,
        `estimated ${wordsPerMinute} wpm, measured ${truth.toFixed(0)} wpm`,
      ).toBeLessThan(0.15)
    },
  )

  it('puts the three rates in order for every text', () => {
    for (const text of TEXTS) {
      const paces = RATES.map((rate) => {
        const { samples, sampleRate } = espeak(text, rate, dir)
        return estimatePace(samples, sampleRate).wordsPerMinute!
      })
      expect(paces[0]).toBeLessThan(paces[1]!)
      expect(paces[1]).toBeLessThan(paces[2]!)
    }
  })
})
