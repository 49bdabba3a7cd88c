import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { crc32 } from 'node:zlib'
import { ShortWriteError, writeAll, yieldToRequests } from './durable'

/** Background work yields to requests after this long, so none waits noticeably behind it. */
export const SLICE_MS = 2

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
  /** Every record, raw; `trusted` says whether they are exactly as this app wrote them. */
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
      const all = tryParse(bytes.toString('utf8'))
      if (Array.isArray(all) && isHeader(all[0], 'snapshot') && all.length === footer.count + 2) {
        const entries: [string, unknown, string][] = []
        for (let i = 1; i <= footer.count; i++) {
          const e = all[i] as { key: string; value: unknown }
          entries.push([e.key, e.value, ''])
        }
        return { header: all[0], entries, trusted: true, bad: [], ended: true }
      }
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

/**
 * Writes a whole snapshot to a new file in time slices, yielding to requests between them: at
 * 10,000 interviews serialising everything at once would block the host for ~100 ms. The
 * entries are an array taken at the start; records are replaced, never mutated, so it is a
 * consistent picture even while edits go on.
 */
export async function writeSnapshotFile(
  file: string,
  header: FileHeader,
  entries: readonly (readonly [string, unknown])[],
): Promise<Written> {
  const handle = await fs.promises.open(file, 'wx')
  const hash = createHash('sha256')
  let crc = 0
  let position = 0
  const flush = async (text: string, body = true) => {
    const bytes = Buffer.from(text, 'utf8')
    hash.update(bytes)
    if (body) crc = crc32(bytes, crc)
    await writeAll(handle, bytes, position, file)
    position += bytes.length
  }
  try {
    let chunk = snapshotHead(header)
    let sliceStart = performance.now()
    for (const [key, value] of entries) {
      chunk += snapshotRecord(key, value)
      if (chunk.length > 64 * 1024 || performance.now() - sliceStart > SLICE_MS) {
        await flush(chunk)
        chunk = ''
        await yieldToRequests()
        sliceStart = performance.now()
      }
    }
    await flush(chunk)
    await flush(snapshotFoot(entries.length, crc), false)
    await handle.sync()
  } finally {
    await handle.close()
  }
  return { bytes: position, sha256: hash.digest('hex'), count: entries.length }
}

/**
 * Reads a written snapshot back before it may replace the good one: the same size, the same
 * bytes (hash), a header, every line parses, and the footer counts every record. Also sliced.
 */
export async function verifySnapshotFile(file: string, expected: Written): Promise<void> {
  const fail = (why: string) => {
    throw new Error(`the new snapshot ${file} is not right (${why}); the old one is kept`)
  }
  const { size } = await fs.promises.stat(file)
  if (size !== expected.bytes) throw new ShortWriteError(file, expected.bytes, size)
  const bytes = await fs.promises.readFile(file)
  const hash = createHash('sha256')
  let sliceStart = performance.now()
  const pause = async () => {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToRequests()
      sliceStart = performance.now()
    }
  }
  const CHUNK = 1 << 20
  for (let i = 0; i < bytes.length; i += CHUNK) {
    hash.update(bytes.subarray(i, i + CHUNK))
    await pause()
  }
  if (hash.digest('hex') !== expected.sha256) fail('its bytes differ from what was written')
  let records = 0
  let footer: SnapshotFooter | null = null
  let start = 0
  let index = 0
  // Split on the newline byte: it never occurs inside a multi-byte UTF-8 character.
  while (start < bytes.length) {
    const end = bytes.indexOf(10, start)
    if (end < 0) fail('its last line is unfinished')
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
  if (!footer || footer.count !== records || records !== expected.count) {
    fail(`expected ${expected.count} records, read ${records}`)
  }
}
