import { describe, it, expect } from 'vitest'
import type { TakeAnalysis } from './analyze'
import { takeTrend } from './trend'

function analysis(overrides: Partial<TakeAnalysis> = {}): TakeAnalysis {
  return {
    durationMs: 60_000,
    speakingMs: 30_000,
    silenceMs: 30_000,
    pauses: [],
    longestPauseMs: 0,
    averageLoudnessDbfs: -24,
    peakDbfs: -6,
    clippedRatio: 0,
    tooQuiet: false,
    clipping: false,
    perNode: [],
    ...overrides,
  }
}

const pause = (startMs: number, endMs: number) => ({ startMs, endMs })

describe('takeTrend', () => {
  it('orders takes by time and builds one series per metric', () => {
    const trend = takeTrend([
      {
        createdAt: '2025-03-03T10:00:00Z',
        analysis: analysis({ durationMs: 3000, speakingMs: 3000 }),
      },
      {
        createdAt: '2025-03-01T10:00:00Z',
        analysis: analysis({
          durationMs: 1000,
          speakingMs: 250,
          pauses: [pause(1, 2), pause(3, 4)],
        }),
      },
      {
        createdAt: '2025-03-02T09:00:00+02:00',
        analysis: analysis({ durationMs: 2000, speakingMs: 0 }),
      },
    ])
    const times = ['2025-03-01T10:00:00Z', '2025-03-02T09:00:00+02:00', '2025-03-03T10:00:00Z']
    expect(trend.series.durationMs).toEqual([
      { createdAt: times[0], value: 1000 },
      { createdAt: times[1], value: 2000 },
      { createdAt: times[2], value: 3000 },
    ])
    expect(trend.series.speakingRatio.map((p) => p.value)).toEqual([0.25, 0, 1])
    expect(trend.series.pauseCount.map((p) => p.value)).toEqual([2, 0, 0])
    expect(trend.series.loudnessDbfs.map((p) => p.value)).toEqual([-24, null, -24])
  })

  it('describes the change from the first to the latest take in plain words', () => {
    const trend = takeTrend([
      {
        createdAt: '2025-03-01T10:00:00Z',
        analysis: analysis({
          durationMs: 65_000,
          speakingMs: 29_250,
          pauses: [pause(1000, 4000), pause(9000, 13_100), pause(20_000, 22_500)],
          longestPauseMs: 4100,
          averageLoudnessDbfs: -31.6,
        }),
      },
      { createdAt: '2025-03-02T10:00:00Z', analysis: analysis({ longestPauseMs: 9000 }) },
      {
        createdAt: '2025-03-04T10:00:00Z',
        analysis: analysis({
          durationMs: 58_000,
          speakingMs: 35_960,
          pauses: [],
          longestPauseMs: 1849,
          averageLoudnessDbfs: -24.2,
        }),
      },
    ])
    expect(trend.changes.map((c) => c.sentence)).toEqual([
      'The take length went from 1:05 to 0:58.',
      'The share of the take spent speaking went from 45% to 62%.',
      'The number of pauses longer than 2 s went from 3 to 0.',
      'Your longest pause went from 4.1 s to 1.8 s.',
      'Your average speaking level went from -32 dBFS to -24 dBFS.',
      'Speaking pace can’t be compared: neither take has one.',
    ])
    expect(trend.summary).toBe(trend.changes.map((c) => c.sentence).join(' '))
    expect(trend.changes[3]).toMatchObject({ metric: 'longestPauseMs', first: 4100, latest: 1849 })
  })

  it('says "stayed at" when the readable values are the same', () => {
    const trend = takeTrend([
      { createdAt: '2025-03-01T10:00:00Z', analysis: analysis({ longestPauseMs: 1810 }) },
      { createdAt: '2025-03-02T10:00:00Z', analysis: analysis({ longestPauseMs: 1790 }) },
    ])
    expect(trend.summary).toContain('Your longest pause stayed at 1.8 s.')
    expect(trend.summary).toContain('The take length stayed at 1:00.')
  })

  it('does not compare loudness when a take has no speech', () => {
    const trend = takeTrend([
      { createdAt: '2025-03-01T10:00:00Z', analysis: analysis() },
      {
        createdAt: '2025-03-02T10:00:00Z',
        analysis: analysis({ speakingMs: 0, averageLoudnessDbfs: -120 }),
      },
    ])
    expect(trend.changes[4]).toEqual({
      metric: 'loudnessDbfs',
      first: -24,
      latest: null,
      sentence: 'No speech was detected in the latest take, so speaking level can’t be compared.',
    })
  })

  it.each<[string, TakeAnalysis['pace'], TakeAnalysis['pace'], string]>([
    [
      'both measured',
      { wordsPerMinute: 182, syllablesPerSecond: 3.9 },
      { wordsPerMinute: 148.4, syllablesPerSecond: 3.2 },
      'Your pace went from 182 words a minute to 148 words a minute.',
    ],
    [
      'the first saved before pace existed',
      undefined,
      { wordsPerMinute: 148, syllablesPerSecond: 3.2 },
      'Speaking pace can’t be compared: the first take was saved before pace was measured.',
    ],
    [
      'too little speech in the latest',
      { wordsPerMinute: 150, syllablesPerSecond: 3.2 },
      { wordsPerMinute: null, syllablesPerSecond: null },
      'Speaking pace can’t be compared: the latest take had too little speech to measure it.',
    ],
  ])('compares pace: %s', (_name, first, latest, sentence) => {
    const trend = takeTrend([
      { createdAt: '2025-03-01T10:00:00Z', analysis: analysis(first ? { pace: first } : {}) },
      { createdAt: '2025-03-02T10:00:00Z', analysis: analysis(latest ? { pace: latest } : {}) },
    ])
    expect(trend.changes.at(-1)).toEqual({
      metric: 'wordsPerMinute',
      first: first?.wordsPerMinute ?? null,
      latest: latest?.wordsPerMinute ?? null,
      sentence,
    })
    expect(trend.series.wordsPerMinute.map((p) => p.value)).toEqual([
      first?.wordsPerMinute ?? null,
      latest?.wordsPerMinute ?? null,
    ])
  })

  it('uses the pause threshold it is given', () => {
    const takes = [
      { createdAt: '2025-03-01T10:00:00Z', analysis: analysis() },
      { createdAt: '2025-03-02T10:00:00Z', analysis: analysis() },
    ]
    expect(takeTrend(takes, { pauseMinMs: 1500 }).summary).toContain(
      'The number of pauses longer than 1.5 s stayed at 0.',
    )
  })

  it('has nothing to compare with fewer than two takes', () => {
    expect(takeTrend([])).toEqual({
      series: {
        durationMs: [],
        speakingRatio: [],
        pauseCount: [],
        longestPauseMs: [],
        loudnessDbfs: [],
        wordsPerMinute: [],
      },
      changes: [],
      summary: 'No takes yet.',
    })
    const one = takeTrend([{ createdAt: '2025-03-01T10:00:00Z', analysis: analysis() }])
    expect(one.changes).toEqual([])
    expect(one.summary).toBe('Only one take so far, so there is nothing to compare yet.')
    expect(one.series.durationMs).toHaveLength(1)
  })

  it('keeps input order for equal times and puts unreadable dates last', () => {
    const trend = takeTrend([
      { createdAt: 'not a date', analysis: analysis({ durationMs: 3 }) },
      { createdAt: '2025-03-01T10:00:00Z', analysis: analysis({ durationMs: 1 }) },
      { createdAt: '2025-03-01T10:00:00.000Z', analysis: analysis({ durationMs: 2 }) },
    ])
    expect(trend.series.durationMs.map((p) => p.value)).toEqual([1, 2, 3])
  })
})
