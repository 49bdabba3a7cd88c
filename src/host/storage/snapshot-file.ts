import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { crc32 } from 'node:zlib'
import { fdAsync, ShortWriteError, slicer, writeAll } from './durable'
import { RawRecord, rawRecordAt } from './raw-record'

export { SLICE_MS } from './durable'

export const FORMAT = 'follow-through'

export interface FileHeader {
  format: typeof FORMAT
  kind: 'snapshot' | 'journal'
  collection: string
  schemaVersion: number
  /** Snapshot only: the last journal sequence number it includes. */
  seq?: number
}

export interface SnapshotFooter {
  end: true
  count: number
  /** CRC-32 of every byte before the footer's line: proves the file is exactly as written. */
  crc32: number
}

export function isHeader(value: unknown, kind: FileHeader['kind']): value is FileHeader {
  const h = value as Partial<FileHeader> | null
  return (
    !!h &&
    h.format === FORMAT &&
    h.kind === kind &&
    typeof h.schemaVersion === 'number' &&
    Number.isInteger(h.schemaVersion)
  )
}

export const isFooter = (value: unknown): value is SnapshotFooter =>
  !!value && (value as SnapshotFooter).end === true

/**
 * A snapshot is one JSON array with one record per line:
 *
 *     [{"format":"follow-through","kind":"snapshot",…,"seq":41}
 *     ,{"key":"…","value":{…}}
 *     ,{"end":true,"count":1,"crc32":…}]
 *
 * so a whole, untouched file loads with a single JSON.parse (checked by the CRC, without
 * re-validating 10,000 records), and a damaged one can still be read line by line, costing
 * only the records on the damaged lines.
 */
export const snapshotHead = (header: FileHeader) => `[${JSON.stringify(header)}\n`
export const snapshotRecord = (key: string, value: unknown) =>
  `,${JSON.stringify({ key, value })}\n`
export const snapshotFoot = (count: number, crc: number) =>
  `,${JSON.stringify({ end: true, count, crc32: crc } satisfies SnapshotFooter)}]\n`

/** One line of a snapshot without its array punctuation. */
export const snapshotLineBody = (line: string) => line.replace(/^[[,]/, '').replace(/]$/, '')

/** A whole snapshot in memory (the first move from JSON, tests). */
export function encodeSnapshot(
  header: FileHeader,
  entries: Iterable<readonly [string, unknown]>,
): Buffer {
  let body = snapshotHead(header)
  let count = 0
  for (const [key, value] of entries) {
    body += snapshotRecord(key, value)
    count++
  }
  const head = Buffer.from(body, 'utf8')
  return Buffer.concat([head, Buffer.from(snapshotFoot(count, crc32(head)), 'utf8')])
}

export interface ReadSnapshot {
  header: FileHeader | null
  /**
   * Every record with the line it came from. From a trusted file (exactly as this app wrote
   * it) the values are RawRecords, parsed on first use, and the lines are left empty.
   */
  entries: [string, unknown, string][]
  trusted: boolean
  /** Lines that could not be read at all, as they were. */
  bad: string[]
  ended: boolean
}

/** Reads a snapshot: the fast path for an untouched file, line by line for a damaged one. */
export function readSnapshot(bytes: Buffer): ReadSnapshot {
  const mark = bytes.lastIndexOf('\n,{"end":true')
  if (mark > 0) {
    const footer = tryParse(snapshotLineBody(bytes.toString('utf8', mark + 1).trimEnd()))
    if (isFooter(footer) && footer.crc32 === crc32(bytes.subarray(0, mark + 1))) {
      const trusted = indexTrusted(bytes, mark + 1, footer.count)
      if (trusted) return trusted
    }
  }
  const out: ReadSnapshot = { header: null, entries: [], trusted: false, bad: [], ended: false }
  const text = bytes.toString('utf8')
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  lines.forEach((line, i) => {
    const value = tryParse(snapshotLineBody(line))
    if (i === 0 && isHeader(value, 'snapshot')) out.header = value
    else if (isFooter(value)) out.ended = true
    else if (
      value &&
      typeof (value as { key?: unknown }).key === 'string' &&
      'value' in (value as object)
    ) {
      const e = value as { key: string; value: unknown }
      out.entries.push([e.key, e.value, line])
    } else out.bad.push(line)
  })
  return out
}

/**
 * A file the CRC proves exactly as written: only the header is parsed; each record is found by
 * its line and key and left raw. Null (read it line by line instead) if it is not as expected.
 */
function indexTrusted(bytes: Buffer, bodyEnd: number, count: number): ReadSnapshot | null {
  const first = bytes.indexOf(10)
  if (first < 0 || bytes[0] !== 0x5b) return null
  const header = tryParse(bytes.toString('utf8', 1, first))
  if (!isHeader(header, 'snapshot')) return null
  const entries: [string, unknown, string][] = []
  for (let start = first + 1; start < bodyEnd;) {
    const end = bytes.indexOf(10, start)
    const record = rawRecordAt(bytes, start, end)
    if (!record) return null
    entries.push([record[0], record[1], ''])
    start = end + 1
  }
  if (entries.length !== count) return null
  return { header, entries, trusted: true, bad: [], ended: true }
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

interface Written {
  bytes: number
  sha256: string
  count: number
}

/** Background work writes, hashes or checks at most this much before yielding to requests. */
const SLICE_BYTES = 64 * 1024

/**
 * Writes a whole snapshot to a new file in slices, yielding to requests between them: at
 * 10,000 interviews serialising everything at once would block the host for ~100 ms. A slice
 * ends after SLICE_MS or SLICE_BYTES, whichever comes first, so it costs at most one record
 * more. Records not used since the last start are copied as their raw lines, never parsed.
 * The entries are an array taken at the start; records are replaced, never mutated, so it is
 * a consistent picture even while edits go on.
 */
export async function writeSnapshotFile(
  file: string,
  header: FileHeader,
  entries: readonly (readonly [string, unknown])[],
): Promise<Written> {
  const fd = await fdAsync.open(file, 'wx')
  const hash = createHash('sha256')
  const pause = slicer()
  let crc = 0
  let position = 0
  let parts: Buffer[] = []
  let pending = 0
  const add = (bytes: Buffer) => {
    parts.push(bytes)
    pending += bytes.length
  }
  const flush = async (body = true) => {
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, pending)
    parts = []
    pending = 0
    hash.update(bytes)
    if (body) crc = crc32(bytes, crc)
    await writeAll(fd, bytes, position, file)
    position += bytes.length
  }
  try {
    add(Buffer.from(snapshotHead(header), 'utf8'))
    for (const [key, value] of entries) {
      add(value instanceof RawRecord ? value.line() : Buffer.from(snapshotRecord(key, value)))
      if (pending >= SLICE_BYTES) {
        await flush()
        await pause(true)
      } else await pause()
    }
    await flush()
    add(Buffer.from(snapshotFoot(entries.length, crc), 'utf8'))
    await flush(false)
    await fdAsync.fsync(fd)
  } finally {
    await fdAsync.close(fd)
  }
  return { bytes: position, sha256: hash.digest('hex'), count: entries.length }
}

/**
 * Reads a written snapshot back before it may replace the good one: the same size, the same
 * bytes (hash), a header, every line parses, and the footer counts every record. Read in
 * chunks of SLICE_BYTES, each hashed and its lines parsed in slices, so no step holds the host.
 */
export async function verifySnapshotFile(file: string, expected: Written): Promise<void> {
  const fail = (why: string) => {
    throw new Error(`the new snapshot ${file} is not right (${why}); the old one is kept`)
  }
  const handle = await fs.promises.open(file, 'r')
  try {
    const { size } = await handle.stat()
    if (size !== expected.bytes) throw new ShortWriteError(file, expected.bytes, size)
    const hash = createHash('sha256')
    const pause = slicer()
    const chunk = Buffer.allocUnsafe(SLICE_BYTES)
    let carry: Buffer = Buffer.alloc(0)
    let records = 0
    let footer: SnapshotFooter | null = null
    let index = 0
    for (let position = 0; position < size;) {
      const { bytesRead } = await handle.read(
        chunk,
        0,
        Math.min(SLICE_BYTES, size - position),
        position,
      )
      if (bytesRead <= 0) fail('it is shorter than written')
      const read = chunk.subarray(0, bytesRead)
      hash.update(read)
      position += bytesRead
      const bytes = carry.length > 0 ? Buffer.concat([carry, read]) : read
      let start = 0
      // Split on the newline byte: it never occurs inside a multi-byte UTF-8 character.
      for (let end = bytes.indexOf(10); end >= 0; end = bytes.indexOf(10, start)) {
        const value: unknown = JSON.parse(snapshotLineBody(bytes.toString('utf8', start, end)))
        start = end + 1
        if (index++ === 0) {
          if (!isHeader(value, 'snapshot')) fail('no header')
        } else if (isFooter(value)) {
          footer = value
        } else {
          records++
        }
        await pause()
      }
      // The chunk buffer is read into again: keep a copy of the unfinished line.
      carry = Buffer.from(bytes.subarray(start))
      await pause(true)
    }
    if (carry.length > 0) fail('its last line is unfinished')
    if (hash.digest('hex') !== expected.sha256) fail('its bytes differ from what was written')
    if (!footer || footer.count !== records || records !== expected.count) {
      fail(`expected ${expected.count} records, read ${records}`)
    }
  } finally {
    await handle.close()
  }
}
