// MediaRecorder's WebM carries no duration, so players can't seek it. A duration lives in the
// file's head (Segment › Info), so only the head is rewritten: the megabytes of audio after it
// are left where they are, and the caller joins the new head to the rest without copying it.

const SEGMENT = 0x18538067
const INFO = 0x1549a966
const CLUSTER = 0x1f43b675
const TIMECODE_SCALE = 0x2ad7b1
const DURATION = 0x4489
const DEFAULT_TIMECODE_SCALE_NS = 1_000_000

interface Element {
  id: number
  /** Where the element's size starts, and how many bytes the size takes. */
  sizeAt: number
  sizeLength: number
  /** Null for "unknown size" (a live stream's Segment and Clusters). */
  size: number | null
  dataAt: number
}

/** An EBML variable-length number's length, from the leading zeros of its first byte. */
function vintLength(first: number): number {
  for (let len = 1; len <= 8; len++) if (first & (0x80 >> (len - 1))) return len
  return 0
}

function readElement(bytes: Uint8Array, at: number): Element | null {
  const idLength = vintLength(bytes[at] ?? 0)
  if (idLength === 0 || idLength > 4) return null
  let id = 0
  for (let i = 0; i < idLength; i++) id = id * 256 + bytes[at + i]!
  const sizeAt = at + idLength
  const sizeLength = vintLength(bytes[sizeAt] ?? 0)
  if (sizeLength === 0 || sizeAt + sizeLength > bytes.length) return null
  let size = bytes[sizeAt]! & (0xff >> sizeLength)
  let allOnes = size === 0xff >> sizeLength
  for (let i = 1; i < sizeLength; i++) {
    size = size * 256 + bytes[sizeAt + i]!
    allOnes &&= bytes[sizeAt + i] === 0xff
  }
  return { id, sizeAt, sizeLength, size: allOnes ? null : size, dataAt: sizeAt + sizeLength }
}

/** `value` as an EBML size of exactly `length` bytes; null if it doesn't fit. */
function sizeBytes(value: number, length: number): Uint8Array | null {
  if (value >= 2 ** (7 * length) - 1) return null
  const out = new Uint8Array(length)
  let v = value
  for (let i = length - 1; i >= 0; i--) {
    out[i] = v % 256
    v = Math.floor(v / 256)
  }
  out[0]! |= 0x80 >> (length - 1)
  return out
}

function readUint(bytes: Uint8Array, at: number, length: number): number {
  let v = 0
  for (let i = 0; i < length; i++) v = v * 256 + bytes[at + i]!
  return v
}

function float64(value: number): Uint8Array {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setFloat64(0, value)
  return out
}

/** Heads are a few hundred bytes, so a plain copy is fine. */
function concatBytes(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(parts.flatMap((p) => [...p]))
}

/**
 * The head of a WebM file with its duration written in: `bytes` replace the file's first
 * `replaced` bytes. `head` need only reach past the Info element (a few hundred bytes from
 * MediaRecorder). Null when the head isn't a WebM this understands; the file then stays as it is.
 */
export function webmHeadWithDuration(
  head: Uint8Array,
  durationMs: number,
): { bytes: Uint8Array; replaced: number } | null {
  const ebml = readElement(head, 0)
  if (!ebml || ebml.id !== 0x1a45dfa3 || ebml.size === null) return null
  const segment = readElement(head, ebml.dataAt + ebml.size)
  if (!segment || segment.id !== SEGMENT) return null
  let at = segment.dataAt
  for (;;) {
    const child = readElement(head, at)
    if (!child || child.size === null || child.id === CLUSTER) return null
    if (child.id === INFO) return withDuration(head, segment, child, durationMs)
    at = child.dataAt + child.size
  }
}

function withDuration(head: Uint8Array, segment: Element, info: Element, durationMs: number) {
  const infoEnd = info.dataAt + info.size!
  if (infoEnd > head.length) return null
  let scaleNs = DEFAULT_TIMECODE_SCALE_NS
  for (let at = info.dataAt; at < infoEnd;) {
    const e = readElement(head, at)
    if (!e || e.size === null) return null
    if (e.id === TIMECODE_SCALE) scaleNs = readUint(head, e.dataAt, e.size)
    if (e.id === DURATION) {
      // Already there (a recorder that writes one): replace its value in place.
      const value = (durationMs * 1e6) / scaleNs
      const bytes = head.slice(0, infoEnd)
      const view = new DataView(bytes.buffer)
      if (e.size === 8) view.setFloat64(e.dataAt, value)
      else if (e.size === 4) view.setFloat32(e.dataAt, value)
      else return null
      return { bytes, replaced: infoEnd }
    }
    at = e.dataAt + e.size
  }
  const duration = concatBytes(
    new Uint8Array([0x44, 0x89, 0x88]),
    float64((durationMs * 1e6) / scaleNs),
  )
  const infoSize = sizeBytes(info.size! + duration.length, info.sizeLength)
  if (!infoSize) return null
  let segmentSize = head.subarray(segment.sizeAt, segment.dataAt)
  if (segment.size !== null) {
    const grown = sizeBytes(segment.size + duration.length, segment.sizeLength)
    if (!grown) return null
    segmentSize = grown
  }
  return {
    bytes: concatBytes(
      head.subarray(0, segment.sizeAt),
      segmentSize,
      head.subarray(segment.dataAt, info.sizeAt),
      infoSize,
      head.subarray(info.dataAt, infoEnd),
      duration,
    ),
    replaced: infoEnd,
  }
}
