import { afterAll, describe, expect, it } from 'vitest'
import { espeak, removeDir, tempDir } from '../../test-support/speech'
import { analyzeTake } from './analyze'
import { paceBand, withPace } from './pace-evidence'
import { concat, silence } from './signals'

describe('withPace', () => {
  const dir = tempDir('pace-evidence-')
  afterAll(() => removeDir(dir))

  it('measures the whole take and each step, so a rushed step stands out', () => {
    const text =
      'Thank you for being open about that. The range I am looking for is fifty to fifty five thousand, based on the role and my experience.'
    const calm = espeak(text, 140, dir)
    const rushed = espeak(text, 240, dir)
    const rate = calm.sampleRate
    const gap = silence(3000, rate)
    const samples = concat(calm.samples, gap, rushed.samples)
    const secondAt = ((calm.samples.length + gap.length) * 1000) / rate
    const markers = [
      { nodeId: 'calm-step', atMs: 0 },
      { nodeId: 'rushed-step', atMs: secondAt },
    ]
    const analysis = withPace(analyzeTake(samples, rate, markers), samples, rate)
    const [first, second] = analysis.perNode
    expect(first?.wordsPerMinute).toBeGreaterThan(140)
    expect(second?.wordsPerMinute).toBeGreaterThan(first!.wordsPerMinute! * 1.4)
    expect(paceBand(second!.wordsPerMinute!)).toBe('fast')
    // The 3 s wait between the steps is left out of the whole take's pace.
    expect(analysis.pace?.wordsPerMinute).toBeGreaterThan(first!.wordsPerMinute!)
    expect(analysis.pace?.wordsPerMinute).toBeLessThan(second!.wordsPerMinute!)
  })

  it('gives null pace for a step with too little speech, and keeps the rest of the analysis', () => {
    const rate = 16000
    const samples = silence(4000, rate)
    const base = analyzeTake(samples, rate, [{ nodeId: 'quiet', atMs: 0 }])
    const analysis = withPace(base, samples, rate)
    expect(analysis).toEqual({
      ...base,
      pace: { wordsPerMinute: null, syllablesPerSecond: null },
      perNode: [{ ...base.perNode[0], wordsPerMinute: null }],
    })
  })

  it.each<[number, string]>([
    [95, 'slow'],
    [110, 'steady'],
    [150, 'steady'],
    [170, 'steady'],
    [171, 'fast'],
  ])('%i words a minute is %s', (wpm, band) => {
    expect(paceBand(wpm)).toBe(band)
  })
})
