import fs from 'node:fs'
import path from 'node:path'

const files = (dir: string, name: string) => [
  path.join(dir, `${name}.snapshot.jsonl`),
  path.join(dir, `${name}.journal.jsonl`),
]

/** Everything stored for a collection, as bytes on disk: to check that a refusal wrote nothing. */
export function storedText(dir: string, name: string): string {
  return files(dir, name)
    .map((f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : ''))
    .join('\u0000')
}

/**
 * A collection's records as the files hold them, read independently of the app's loader:
 * the snapshot's records, then every journal line after the snapshot's sequence number.
 */
export function storedRecords(dir: string, name: string): Map<string, unknown> {
  const [snapshot, journal] = files(dir, name) as [string, string]
  const map = new Map<string, unknown>()
  let upTo = 0
  if (fs.existsSync(snapshot)) {
    // One JSON array: the header, the records, the footer.
    const [head, ...entries] = JSON.parse(fs.readFileSync(snapshot, 'utf8')) as {
      seq: number
      key?: string
      value?: unknown
      end?: boolean
    }[]
    upTo = head!.seq
    for (const entry of entries) if (!entry.end) map.set(entry.key!, entry.value)
  }
  if (fs.existsSync(journal)) {
    const [, ...lines] = fs.readFileSync(journal, 'utf8').trim().split('\n')
    type Change = { put?: string; value?: unknown; delete?: string }
    for (const line of lines) {
      const entry = JSON.parse(line) as Change & { seq: number; batch?: Change[] }
      if (entry.seq <= upTo) continue
      for (const c of entry.batch ?? [entry]) {
        if (c.put !== undefined) map.set(c.put, c.value)
        else map.delete(c.delete!)
      }
    }
  }
  return map
}

/** Appends a raw line to a collection's journal, as damage or a newer app would leave it. */
export function appendJournalLine(dir: string, name: string, line: string): void {
  fs.appendFileSync(path.join(dir, `${name}.journal.jsonl`), line + '\n')
}
