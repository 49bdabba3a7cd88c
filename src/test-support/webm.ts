// WebM files shaped like MediaRecorder's, built byte by byte, for tests of duration writing.

const UNKNOWN = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]
export const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  )
const el = (id: number[], data: Uint8Array | number[]) => [...id, 0x80 | data.length, ...data]

/** The shape Chrome's MediaRecorder writes: EBML, Segment of unknown size, Info, Tracks, Cluster. */
export function recorderWebm({ segmentSize = UNKNOWN, info = [] as number[] } = {}) {
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
export function durationIn(head: Uint8Array): number | null {
  for (let i = 0; i + 11 <= head.length; i++) {
    if (head[i] === 0x44 && head[i + 1] === 0x89 && head[i + 2] === 0x88) {
      return new DataView(head.buffer, head.byteOffset + i + 3, 8).getFloat64(0)
    }
  }
  return null
}
