import { describe, expect, it } from 'vitest'
import { concat, silence, tone } from '../../core/audio/signals'
import { downmix } from './analyse-recording'
import { extensionFor } from './download'
import { levelWords, meterLevel } from './level'
import { microphoneErrorMessage } from './microphone-errors'
import { isWebm, pickRecordingType } from './recording-type'

describe('pickRecordingType', () => {
  it('prefers Opus in WebM, then Ogg, then MP4, else lets the recorder choose', () => {
    expect(pickRecordingType(() => true)).toBe('audio/webm;codecs=opus')
    expect(pickRecordingType((t) => t.startsWith('audio/ogg'))).toBe('audio/ogg;codecs=opus')
    expect(pickRecordingType((t) => t === 'audio/mp4')).toBe('audio/mp4')
    expect(pickRecordingType(() => false)).toBe('')
  })

  it('knows which recordings need their duration written in', () => {
    expect(isWebm('audio/webm;codecs=opus')).toBe(true)
    expect(isWebm('audio/ogg;codecs=opus')).toBe(false)
    expect(extensionFor('audio/webm;codecs=opus')).toBe('webm')
    expect(extensionFor('audio/mp4')).toBe('m4a')
    expect(extensionFor('audio/ogg')).toBe('ogg')
  })
})

describe('meterLevel', () => {
  it('maps −60..0 dBFS RMS onto 0..100', () => {
    expect(meterLevel(silence(20, 48000))).toEqual({ percent: 0, dbfs: -120 })
    // A full-scale sine has an RMS of −3 dBFS.
    expect(meterLevel(tone(440, 20, 48000, 1)).percent).toBe(95)
    expect(meterLevel(tone(440, 20, 48000, 0.01)).percent).toBe(Math.round(((-43 + 60) / 60) * 100))
    expect(levelWords(0)).toBe('silent or very quiet')
    expect(levelWords(60)).toBe('good')
  })
})

describe('downmix', () => {
  it('averages channels, and passes mono through untouched', () => {
    const left = concat(tone(220, 10, 8000, 0.5))
    const right = new Float32Array(left.length)
    const mixed = downmix({ numberOfChannels: 2, getChannelData: (c) => (c ? right : left) })
    expect(mixed[5]).toBeCloseTo(left[5]! / 2, 6)
    expect(downmix({ numberOfChannels: 1, getChannelData: () => left })).toBe(left)
  })
})

describe('microphoneErrorMessage', () => {
  it.each([
    ['NotAllowedError', 'isn’t allowed to use the microphone'],
    ['NotFoundError', 'No microphone was found'],
    ['OverconstrainedError', 'No microphone was found'],
    ['NotReadableError', 'Another app may be using it'],
    ['TypeError', 'Recording couldn’t start'],
  ])('%s', (name, text) => {
    expect(microphoneErrorMessage(new DOMException('x', name))).toContain(text)
  })
})
