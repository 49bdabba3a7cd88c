import { describe, expect, it } from 'vitest'
import { bytes, durationIn, recorderWebm } from '../../test-support/webm'
import { webmHeadWithDuration } from './webm-duration'

describe('webmHeadWithDuration', () => {
  it('writes the duration into Info and leaves everything after Info as it was', () => {
    const file = recorderWebm()
    const patched = webmHeadWithDuration(file, 300_123)!
    expect(durationIn(patched.bytes)).toBe(300_123)
    expect(patched.bytes.length).toBe(patched.replaced + 11)
    const joined = new Uint8Array([...patched.bytes, ...file.subarray(patched.replaced)])
    // The Tracks and Cluster that follow are untouched, and Info's size grew by the 11 bytes.
    const tracksAt = file.indexOf(0x16)
    expect(joined.subarray(tracksAt + 11)).toEqual(file.subarray(tracksAt))
    const infoAt = joined.indexOf(0x15)
    expect(joined[infoAt + 4]).toBe(file[infoAt + 4]! + 11)
    expect(durationIn(file)).toBeNull()
  })

  it('counts the duration in the file’s timecode scale, and reads only the head it is given', () => {
    const file = recorderWebm()
    const head = file.subarray(0, file.indexOf(0x16) + 1)
    expect(durationIn(webmHeadWithDuration(head, 1500)!.bytes)).toBe(1500)
  })

  it('grows a Segment of known size by as much as Info grew', () => {
    const file = recorderWebm({ segmentSize: [0x40, 0x40] })
    const patched = webmHeadWithDuration(file, 2000)!
    const at = file.indexOf(0x18) + 4
    expect([...patched.bytes.subarray(at, at + 2)]).toEqual([0x40, 0x40 + 11])
  })

  it('replaces a duration already there instead of adding a second', () => {
    const file = recorderWebm({ info: [0x44, 0x89, 0x88, 0, 0, 0, 0, 0, 0, 0, 0] })
    const patched = webmHeadWithDuration(file, 4200)!
    expect(patched.bytes.length).toBe(patched.replaced)
    expect(durationIn(patched.bytes)).toBe(4200)
  })

  it('leaves alone what it does not understand', () => {
    expect(webmHeadWithDuration(bytes('OggS', [0, 0, 0, 0]), 1000)).toBeNull()
    expect(webmHeadWithDuration(new Uint8Array(0), 1000)).toBeNull()
    // Cut off before Info ends: nothing to patch safely.
    const file = recorderWebm()
    expect(webmHeadWithDuration(file.subarray(0, file.indexOf(0x15) + 8), 1000)).toBeNull()
  })
})
