import { describe, it, expect } from 'vitest'
import { analyzeTake, defaultAnalysisOptions } from './analyze'
import type { TakeAnalysis } from './analyze'
import { concat, mix, noise, silence, square, tone } from './signals'

const FRAME = defaultAnalysisOptions.frameMs

// Builds a take from [kind, ms] steps, so each case reads like its timeline.
type Step = ['tone' | 'quiet' | 'gap', number, number?]
function take(sampleRate: number, steps: Step[]): Float32Array {
  return concat(
    ...steps.map(([kind, ms, amplitude]) =>
      kind === 'gap' ? silence(ms, sampleRate) : tone(220, ms, sampleRate, amplitude ?? 0.5),
    ),
  )
}

function expectWithin(actual: number, expected: number, tolerance: number) {
  expect(Math.abs(actual - expected), `${actual} vs ${expected} ±${tolerance}`).toBeLessThanOrEqual(
    tolerance,
  )
}

// Rates where 20 ms is a whole number of samples, so tone edges fall on frame edges.
const RATES = [8000, 44100, 48000]

describe.each(RATES)('analyzeTake at %i Hz', (sampleRate) => {
  const analyze = (steps: Step[]) => analyzeTake(take(sampleRate, steps), sampleRate)

  it.each<{
    name: string
    steps: Step[]
    speakingMs: number
    pauses: [number, number][]
    longestPauseMs: number
  }>([
    {
      name: '1 s tone, 3 s silence, 1 s tone: one pause',
      steps: [
        ['tone', 1000],
        ['gap', 3000],
        ['tone', 1000],
      ],
      speakingMs: 2000,
      pauses: [[1000, 4000]],
      longestPauseMs: 3000,
    },
    {
      name: '1.9 s silence is not a pause, but is the longest gap',
      steps: [
        ['tone', 1000],
        ['gap', 1900],
        ['tone', 1000],
      ],
      speakingMs: 2000,
      pauses: [],
      longestPauseMs: 1900,
    },
    {
      name: 'leading and trailing silence are not pauses',
      steps: [
        ['gap', 2500],
        ['tone', 1000],
        ['gap', 3500],
      ],
      speakingMs: 1000,
      pauses: [],
      longestPauseMs: 0,
    },
    {
      name: 'two pauses, reported in order',
      steps: [
        ['tone', 500],
        ['gap', 2200],
        ['tone', 500],
        ['gap', 4000],
        ['tone', 500],
      ],
      speakingMs: 1500,
      pauses: [
        [500, 2700],
        [3200, 7200],
      ],
      longestPauseMs: 4000,
    },
    {
      name: 'syllable bursts (150 ms on, 100 ms off) are continuous speaking',
      steps: [
        ...Array.from({ length: 8 }, (): Step[] => [
          ['tone', 150],
          ['gap', 100],
        ]).flat(),
        ['tone', 150],
      ],
      speakingMs: 8 * 250 + 150,
      pauses: [],
      longestPauseMs: 0,
    },
    {
      name: 'a 300 ms gap is longer than a syllable gap and stays silent',
      steps: [
        ['tone', 1000],
        ['gap', 300],
        ['tone', 1000],
      ],
      speakingMs: 2000,
      pauses: [],
      longestPauseMs: 300,
    },
    {
      name: 'speech with no silence at all is all speaking',
      steps: [['tone', 5000]],
      speakingMs: 5000,
      pauses: [],
      longestPauseMs: 0,
    },
  ])('$name', ({ steps, speakingMs, pauses, longestPauseMs }) => {
    const result = analyze(steps)
    const durationMs = steps.reduce((n, [, ms]) => n + ms, 0)
    expect(result.durationMs).toBe(durationMs)
    expectWithin(result.speakingMs, speakingMs, FRAME)
    expect(result.silenceMs).toBe(durationMs - result.speakingMs)
    expect(result.pauses).toHaveLength(pauses.length)
    result.pauses.forEach((pause, i) => {
      expectWithin(pause.startMs, pauses[i]![0], FRAME)
      expectWithin(pause.endMs, pauses[i]![1], FRAME)
    })
    expectWithin(result.longestPauseMs, longestPauseMs, FRAME)
    expect(result.tooQuiet).toBe(false)
    expect(result.clipping).toBe(false)
  })

  it('all silence: no speech, too quiet, floor levels', () => {
    const result = analyze([['gap', 5000]])
    expect(result).toMatchObject({
      durationMs: 5000,
      speakingMs: 0,
      silenceMs: 5000,
      pauses: [],
      longestPauseMs: 0,
      averageLoudnessDbfs: -120,
      peakDbfs: -120,
      clippedRatio: 0,
      tooQuiet: true,
      clipping: false,
    })
  })

  it('a tone at amplitude 0.003 is too quiet', () => {
    const result = analyze([
      ['gap', 1000],
      ['quiet', 2000, 0.003],
      ['gap', 1000],
    ])
    expect(result.tooQuiet).toBe(true)
    // About -53 dBFS against digital silence: only the fixed floor keeps it from being speech.
    expect(result.speakingMs).toBe(0)
  })

  it('speech at about -43 dBFS is measured, and flagged too quiet', () => {
    const result = analyze([
      ['gap', 1000],
      ['quiet', 2000, 0.01],
      ['gap', 1000],
    ])
    expectWithin(result.speakingMs, 2000, FRAME)
    expectWithin(result.averageLoudnessDbfs, 20 * Math.log10(0.01 / Math.SQRT2), 0.2)
    expect(result.tooQuiet).toBe(true)
  })

  it('speech at about -9 dBFS: loudness is the RMS of speaking frames only, not too quiet', () => {
    const result = analyze([
      ['gap', 3000],
      ['tone', 1000],
      ['gap', 3000],
      ['tone', 1000],
    ])
    expectWithin(result.averageLoudnessDbfs, 20 * Math.log10(0.5 / Math.SQRT2), 0.2)
    expectWithin(result.peakDbfs, 20 * Math.log10(0.5), 0.1)
    expect(result.tooQuiet).toBe(false)
  })

  it('a full-scale square wave is clipping', () => {
    const samples = concat(silence(500, sampleRate), square(200, 2000, sampleRate, 1.0))
    const result = analyzeTake(samples, sampleRate)
    expectWithin(result.clippedRatio, 2000 / 2500, 0.01)
    expect(result.clipping).toBe(true)
    expectWithin(result.peakDbfs, 0, 0.001)
  })

  it('a few stray full-scale samples are not clipping', () => {
    const samples = take(sampleRate, [['tone', 5000]])
    for (let i = 0; i < 10; i++) samples[i * 100] = 1
    const result = analyzeTake(samples, sampleRate)
    expect(result.clippedRatio).toBeCloseTo(10 / samples.length, 10)
    expect(result.clipping).toBe(false)
  })

  it('a low noise floor (0.001) on its own is not speech', () => {
    const result = analyzeTake(noise(5000, sampleRate, 0.001, 7), sampleRate)
    expect(result.speakingMs).toBe(0)
    expect(result.tooQuiet).toBe(true)
  })

  it('a low noise floor (0.001) under speech does not fill the pause', () => {
    const samples = mix(
      take(sampleRate, [
        ['tone', 1000],
        ['gap', 3000],
        ['tone', 1000],
      ]),
      noise(5000, sampleRate, 0.001, 7),
    )
    const result = analyzeTake(samples, sampleRate)
    expectWithin(result.speakingMs, 2000, FRAME)
    expect(result.pauses).toHaveLength(1)
    expectWithin(result.longestPauseMs, 3000, FRAME)
  })

  it('a noise bed louder than the fixed floor (about -39 dBFS) is learned and ignored', () => {
    const samples = mix(
      take(sampleRate, [
        ['tone', 1000],
        ['gap', 3000],
        ['tone', 1000],
      ]),
      noise(5000, sampleRate, 0.02, 11),
    )
    const result = analyzeTake(samples, sampleRate)
    expectWithin(result.speakingMs, 2000, FRAME)
    expect(result.pauses).toHaveLength(1)
    // The same noise alone would be speech if the threshold did not adapt.
    const fixed = analyzeTake(samples, sampleRate, [], { noiseMarginDb: -100 })
    expect(fixed.speakingMs).toBe(5000)
  })

  it('a click inside a pause does not split it', () => {
    const samples = concat(
      take(sampleRate, [
        ['tone', 1000],
        ['gap', 1500],
      ]),
      tone(1000, 10, sampleRate, 0.8),
      take(sampleRate, [
        ['gap', 1490],
        ['tone', 1000],
      ]),
    )
    const result = analyzeTake(samples, sampleRate)
    expect(result.pauses).toHaveLength(1)
    expectWithin(result.longestPauseMs, 3000, FRAME)
    expectWithin(result.speakingMs, 2000, FRAME)
  })

  it('markers give per-node spans and speaking time', () => {
    const samples = take(sampleRate, [
      ['tone', 1000],
      ['gap', 3000],
      ['tone', 1000],
    ])
    const result = analyzeTake(samples, sampleRate, [
      { nodeId: 'ask', atMs: 2500 },
      { nodeId: 'intro', atMs: 0 },
      { nodeId: 'close', atMs: 4500 },
    ])
    expect(result.perNode).toEqual([
      { nodeId: 'intro', startMs: 0, endMs: 2500, speakingMs: 1000 },
      { nodeId: 'ask', startMs: 2500, endMs: 4500, speakingMs: 500 },
      { nodeId: 'close', startMs: 4500, endMs: 5000, speakingMs: 500 },
    ])
  })

  it('markers off frame edges split a frame exactly; time before the first marker is unassigned', () => {
    const samples = take(sampleRate, [
      ['tone', 1000],
      ['gap', 3000],
      ['tone', 1000],
    ])
    const result = analyzeTake(samples, sampleRate, [
      { nodeId: 'a', atMs: 507 },
      { nodeId: 'b', atMs: 4213 },
      { nodeId: 'late', atMs: 9000 },
    ])
    expect(result.perNode).toEqual([
      { nodeId: 'a', startMs: 507, endMs: 4213, speakingMs: 493 + 213 },
      { nodeId: 'b', startMs: 4213, endMs: 5000, speakingMs: 787 },
      { nodeId: 'late', startMs: 5000, endMs: 5000, speakingMs: 0 },
    ])
  })

  it('no markers: perNode is empty', () => {
    expect(analyze([['tone', 1000]]).perNode).toEqual([])
  })
})

describe('analyzeTake across sample rates', () => {
  const steps: Step[] = [
    ['gap', 700],
    ['tone', 1000],
    ['gap', 2600],
    ['tone', 450],
    ['gap', 120],
    ['tone', 800],
    ['gap', 1300],
  ]
  const results = [8000, 11025, 16000, 44100, 48000].map((rate) =>
    analyzeTake(take(rate, steps), rate, [{ nodeId: 'n', atMs: 1000 }]),
  )
  const reference = results[results.length - 1]!

  it.each(results.map((r, i) => [[8000, 11025, 16000, 44100, 48000][i], r] as const))(
    '%i Hz matches 48 kHz',
    (_rate, result: TakeAnalysis) => {
      expect(result.durationMs).toBe(reference.durationMs)
      expectWithin(result.speakingMs, reference.speakingMs, 2 * FRAME)
      expectWithin(reference.speakingMs, 1000 + 450 + 120 + 800, FRAME)
      expect(result.pauses).toHaveLength(1)
      expectWithin(result.pauses[0]!.startMs, 1700, FRAME)
      expectWithin(result.pauses[0]!.endMs, 4300, FRAME)
      expectWithin(result.longestPauseMs, 2600, 2 * FRAME)
      expectWithin(result.averageLoudnessDbfs, reference.averageLoudnessDbfs, 0.3)
      expectWithin(result.perNode[0]!.speakingMs, reference.perNode[0]!.speakingMs, 2 * FRAME)
    },
  )
})

describe('analyzeTake inputs and options', () => {
  it('rejects a sample rate that is not a positive number', () => {
    expect(() => analyzeTake(new Float32Array(10), 0)).toThrow(RangeError)
    expect(() => analyzeTake(new Float32Array(10), Number.NaN)).toThrow(RangeError)
  })

  it('an empty take is zero-length, silent and too quiet', () => {
    expect(analyzeTake(new Float32Array(0), 48000)).toMatchObject({
      durationMs: 0,
      speakingMs: 0,
      pauses: [],
      clippedRatio: 0,
      tooQuiet: true,
    })
  })

  it('pauseMinMs can be lowered', () => {
    const samples = take(48000, [
      ['tone', 1000],
      ['gap', 1900],
      ['tone', 1000],
    ])
    expect(analyzeTake(samples, 48000, [], { pauseMinMs: 1500 }).pauses).toEqual([
      { startMs: 1000, endMs: 2900 },
    ])
  })

  it('a DC offset is not mistaken for speech', () => {
    const samples = concat(
      tone(220, 1000, 48000, 0.5),
      silence(3000, 48000),
      tone(220, 1000, 48000, 0.5),
    )
    for (let i = 0; i < samples.length; i++) samples[i] = samples[i]! + 0.05
    const result = analyzeTake(samples, 48000)
    expectWithin(result.speakingMs, 2000, FRAME)
    expect(result.pauses).toHaveLength(1)
  })

  it('analyzes a whole 5-minute take at 48 kHz (its speed is in npm run bench)', () => {
    const samples = mix(
      concat(
        ...Array.from({ length: 60 }, () =>
          take(48000, [
            ['tone', 3000],
            ['gap', 2000],
          ]),
        ),
      ),
      noise(300_000, 48000, 0.002, 3),
    )
    expect(samples.length).toBe(14_400_000)
    const result = analyzeTake(samples, 48000)
    expect(result.durationMs).toBe(300_000)
    expectWithin(result.speakingMs, 180_000, 60 * FRAME)
  })
})
