import { describe, expect, it } from 'vitest'
import { analyzeTake, type TakeAnalysis } from '../../../core/audio/analyze'
import { concat, silence, tone } from '../../../core/audio/signals'
import {
  clippingNote,
  loudnessSummary,
  paceNote,
  paceSummary,
  pauseSummary,
  spanTime,
  speakingSummary,
  stepPace,
  tooQuietNote,
} from './evidence'
import { clockTime, markerSpans } from './playback'

const rate = 8000
const speech = analyzeTake(
  concat(tone(220, 2000, rate, 0.5), silence(3000, rate), tone(220, 1000, rate, 0.5)),
  rate,
)
const silent = analyzeTake(silence(6000, rate), rate)
const quiet = analyzeTake(concat(silence(1000, rate), tone(220, 2000, rate, 0.01)), rate)

describe('evidence wording', () => {
  it('states what was measured', () => {
    expect(speakingSummary(speech)).toBe('3.0 s speaking, 3.0 s quiet (50% speaking)')
    expect(pauseSummary(speech)).toBe('1 pause over 2 s, the longest 3.0 s')
    expect(loudnessSummary(speech)).toBe('Average speaking level -9 dBFS')
    expect(tooQuietNote(speech)).toBeNull()
    expect(clippingNote(speech)).toBeNull()
  })

  it('a silent take says so calmly and suggests what to check', () => {
    expect(speakingSummary(silent)).toBe('No speech picked up')
    expect(pauseSummary(silent)).toBe('No pauses over 2 s')
    expect(tooQuietNote(silent)).toContain('This take is very quiet')
    expect(tooQuietNote(silent)).toContain('Check that the right microphone is chosen')
  })

  it('quiet speech is measured and noted', () => {
    expect(tooQuietNote(quiet)).toMatch(/^This take is quiet \(about -4\d dBFS\)/)
  })

  it('short gaps are named when there is no long pause; clipping is explained', () => {
    const a: TakeAnalysis = { ...speech, pauses: [], longestPauseMs: 1200 }
    expect(pauseSummary(a)).toBe('No pauses over 2 s (longest gap 1.2 s)')
    expect(clippingNote({ ...speech, clipping: true, clippedRatio: 0.01 })).toContain('cut off')
    expect(spanTime(4200)).toBe('4.2 s')
    expect(spanTime(65_000)).toBe('1:05')
  })
})

describe('pace wording', () => {
  const paced = (wordsPerMinute: number | null): TakeAnalysis => ({
    ...speech,
    pace: { wordsPerMinute, syllablesPerSecond: wordsPerMinute && wordsPerMinute / 46 },
  })

  it.each<[string, TakeAnalysis, string, RegExp | null]>([
    ['an old take', speech, 'Not measured (recorded before pace was added)', null],
    ['too little speech', paced(null), 'Too little speech to measure', null],
    ['a steady take', paced(150), 'About 150 words a minute', null],
    ['a quick take', paced(192), 'About 192 words a minute', /^This take runs quick, about 192/],
    [
      'a slow take',
      paced(96),
      'About 96 words a minute',
      /^This take is on the slow side, about 96/,
    ],
  ])('%s', (_name, a, summary, note) => {
    expect(paceSummary(a)).toBe(summary)
    if (note) expect(paceNote(a)).toMatch(note)
    else expect(paceNote(a)).toBeNull()
  })

  it('marks a quick or slow step in the timing table', () => {
    expect([
      stepPace(undefined),
      stepPace(null),
      stepPace(140),
      stepPace(185),
      stepPace(100),
    ]).toEqual(['—', '—', '140', '185 (quick)', '100 (slow)'])
  })
})

describe('playback helpers', () => {
  it('shows times with tenths', () => {
    expect(clockTime(0)).toBe('0:00.0')
    expect(clockTime(3.24)).toBe('0:03.2')
    expect(clockTime(65.05)).toBe('1:05.1')
    expect(clockTime(Number.NaN)).toBe('0:00.0')
  })

  it('turns markers into spans in time order, clipped to the take', () => {
    expect(
      markerSpans(
        [
          { nodeId: 'b', atMs: 2000 },
          { nodeId: 'a', atMs: 0 },
          { nodeId: 'late', atMs: 9000 },
        ],
        5000,
      ),
    ).toEqual([
      { nodeId: 'a', startMs: 0, endMs: 2000 },
      { nodeId: 'b', startMs: 2000, endMs: 5000 },
      { nodeId: 'late', startMs: 5000, endMs: 5000 },
    ])
  })
})
