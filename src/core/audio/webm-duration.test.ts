import { describe, expect, it } from 'vitest'
import { webmHeadWithDuration } from './webm-duration'

const UNKNOWN = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  )
const el = (id: number[], data: Uint8Array | number[]) => [...id, 0x80 | data.length, ...data]

/** The shape Chrome's MediaRecorder writes: EBML, Segment of unknown size, Info, Tracks, Cluster. */
function recorderWebm({ segmentSize = UNKNOWN, info = [] as number[] } = {}) {
  const ebml = el([0x1a, 0x45, 0xdf, 0xa3], el([0x42, 0x82], [...bytes('webm')]))
  const infoBody = [
    ...el([0x2a, 0xd7, 0xb1], [0x0f, 0x42, 0x40]),
    ...el([0x4d, 0x80], [...bytes('Chrome')]),
    ...info,
  ]
  const rest = [
    ...el([0x15, 0x49, 0xa9, 0x66], infoBody),
    ...el([0x16, 0x54, 0xae, 0x6b], [0xae, 0x80]),
    ...[0x1f, 0x43, 0xb6, 0x75, ...UNKNOWN, 0xe7, 0x81, 0x00, 0xa3, 0x84, 1, 2, 3, 4],
  ]
  return bytes(ebml, [0x18, 0x53, 0x80, 0x67], segmentSize, rest)
}

/** The Duration element's value in the head, read back, and where the Info element ends. */
function durationIn(head: Uint8Array): number | null {
  for (let i = 0; i + 11 <= head.length; i++) {
    if (head[i] === 0x44 && head[i + 1] === 0x89 && head[i + 2] === 0x88) {
      return new DataView(head.buffer, head.byteOffset + i + 3, 8).getFloat64(0)
    }
  }
  return null
}

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
