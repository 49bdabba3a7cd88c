import { afterAll, describe, expect, it } from 'vitest'
import { espeak, removeDir, tempDir } from '../../test-support/speech'
import { analyzeTake } from './analyze'
import { withPace } from './pace-evidence'
import { concat, silence } from './signals'
import { measureTake, TakeMeter } from './take-meter'
import { PEAK_BUCKETS, PEAK_SCALE, waveformPeaks } from './waveform'

/** What an AudioWorklet hands over: `size` frames at a time. */
function feed(meter: TakeMeter, samples: Float32Array, size: number) {
  for (let at = 0; at < samples.length; at += size) meter.push(samples.subarray(at, at + size))
}

describe('TakeMeter: live figures equal the whole-buffer analysis', () => {
  const dir = tempDir('take-meter-')
  afterAll(() => removeDir(dir))
  const said = (text: string, wpm: number) => espeak(text, wpm, dir)

  // A short rehearsal: two steps at different paces with a long pause between them.
  const calm = said('Hello, this is Sam calling about the analyst role. Is now a good time?', 150)
  const rushed = said('I wanted to ask whether you have decided, and what the next steps are.', 230)
  const rate = calm.sampleRate
  const samples = concat(silence(400, rate), calm.samples, silence(2600, rate), rushed.samples)
  const secondAt = ((400 + 2600) * rate) / 1000 + calm.samples.length
  const markers = [
    { nodeId: 'opening', atMs: 0 },
    { nodeId: 'ask', atMs: Math.round((secondAt * 1000) / rate) + 7 },
  ]

  it('fed in 128-frame chunks, it reports exactly what analyzeTake and withPace report', () => {
    const live = new TakeMeter(rate)
    feed(live, samples, 128)
    const { analysis } = live.evidence(markers)
    const reference = withPace(analyzeTake(samples, rate, markers), samples, rate)
    expect(analysis).toEqual(reference)
    // Plausible, so the equality above is not two empty answers agreeing.
    expect(analysis.speakingMs).toBeGreaterThan(5000)
    expect(analysis.pauses).toHaveLength(1)
    expect(analysis.pace?.wordsPerMinute).toBeGreaterThan(100)
    expect(analysis.perNode[1]!.wordsPerMinute).toBeGreaterThan(
      analysis.perNode[0]!.wordsPerMinute!,
    )
  })

  it.each([1, 127, 4096, 48_000])('gives the same evidence in chunks of %i', (size) => {
    const live = new TakeMeter(rate)
    feed(live, samples, size)
    expect(live.evidence(markers)).toEqual(measureTake(samples, rate, markers))
  })

  it('mid-take evidence is that of the audio so far, and recording can go on', () => {
    const half = Math.floor(samples.length / 2)
    const live = new TakeMeter(rate)
    feed(live, samples.subarray(0, half), 128)
    expect(live.evidence(markers.slice(0, 1))).toEqual(
      measureTake(samples.subarray(0, half), rate, markers.slice(0, 1)),
    )
    feed(live, samples.subarray(half), 128)
    expect(live.evidence(markers)).toEqual(measureTake(samples, rate, markers))
  })

  it('stores a fixed-size waveform outline, loudest at the top of the scale', () => {
    const { peaks } = measureTake(samples, rate, markers)
    expect(peaks).toHaveLength(PEAK_BUCKETS)
    expect(Math.max(...peaks)).toBe(PEAK_SCALE)
    // The opening silence and the pause between the steps are flat.
    expect(peaks[0]).toBe(0)
    expect(Math.min(...peaks)).toBe(0)
  })
})

describe('waveformPeaks', () => {
  it('keeps each bucket’s loudest frame, and fewer buckets when there are fewer frames', () => {
    expect(waveformPeaks(new Float32Array([0.1, 0.5, 0.25, 0]), 2)).toEqual([100, 50])
    expect(waveformPeaks(new Float32Array([0.2, 0.1]), 400)).toEqual([100, 50])
  })

  it('is flat for silence and empty for nothing', () => {
    expect(waveformPeaks(new Float32Array(3))).toEqual([0, 0, 0])
    expect(waveformPeaks(new Float32Array(0))).toEqual([])
  })
})
