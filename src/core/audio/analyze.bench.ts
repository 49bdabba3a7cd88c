import { bench, describe } from 'vitest'
import { analyzeTake } from './analyze'
import { estimatePace } from './pace'
import { withPace } from './pace-evidence'
import { concat, mix, noise, silence, tone } from './signals'
import { TakeMeter } from './take-meter'

// Five minutes at 48 kHz, shaped like a rehearsal: 3 s of "speech", 2 s of quiet, over room noise.
const RATE = 48_000
const samples = mix(
  concat(
    ...Array.from({ length: 60 }, () => concat(tone(220, 3000, RATE, 0.4), silence(2000, RATE))),
  ),
  noise(300_000, RATE, 0.002, 3),
)
const markers = Array.from({ length: 12 }, (_, i) => ({ nodeId: `step-${i}`, atMs: i * 25_000 }))

describe('analyzeTake', () => {
  bench('analyse a 5-minute take at 48 kHz (14.4 M samples, 12 markers)', () => {
    analyzeTake(samples, RATE, markers)
  })
})

describe('speaking pace', () => {
  const analysis = analyzeTake(samples, RATE, markers)
  bench('estimatePace on a 5-minute take at 48 kHz', () => {
    estimatePace(samples, RATE)
  })
  bench('withPace: the whole take and each of 12 steps', () => {
    withPace(analysis, samples, RATE)
  })
})

describe('live evidence (TakeMeter, as the recording worklet runs it)', () => {
  const live = new TakeMeter(RATE)
  for (let at = 0; at < samples.length; at += 128) live.push(samples.subarray(at, at + 128))
  bench('measure a 5-minute take in 128-frame blocks, as they arrive', () => {
    const meter = new TakeMeter(RATE)
    for (let at = 0; at < samples.length; at += 128) meter.push(samples.subarray(at, at + 128))
  })
  bench('evidence at Stop of a 5-minute take (12 steps, waveform outline)', () => {
    live.evidence(markers)
  })
})
