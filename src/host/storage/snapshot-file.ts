import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { ShortWriteError, writeAll, yieldToRequests } from './durable'

/** Background work yields to requests after this long, so none waits noticeably behind it. */
export const SLICE_MS = 4

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

export const snapshotLine = (key: string, value: unknown) => JSON.stringify({ key, value })

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
  let position = 0
  const flush = async (text: string) => {
    const bytes = Buffer.from(text, 'utf8')
    hash.update(bytes)
    await writeAll(handle, bytes, position, file)
    position += bytes.length
  }
  try {
    let chunk = JSON.stringify(header) + '\n'
    let sliceStart = performance.now()
    for (const [key, value] of entries) {
      chunk += snapshotLine(key, value) + '\n'
      if (chunk.length > 256 * 1024 || performance.now() - sliceStart > SLICE_MS) {
        await flush(chunk)
        chunk = ''
        await yieldToRequests()
        sliceStart = performance.now()
      }
    }
    chunk += JSON.stringify({ end: true, count: entries.length } satisfies SnapshotFooter) + '\n'
    await flush(chunk)
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
    const value: unknown = JSON.parse(bytes.toString('utf8', start, end))
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
