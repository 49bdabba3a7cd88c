/**
 * Run as a child process by the crash test: keeps a collection big enough that compacting it
 * takes a while, edits it as fast as it can while compactions run, and prints `ack <json>`
 * once each edit has returned, until it is killed with SIGKILL.
 */
import fs from 'node:fs'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import { JournalCollection } from '../journal'
import { wholeRecord, type RecordSpec } from '../record-spec'

const counterSchema = z.strictObject({ n: z.number(), text: z.string() })
export const counterSpec: RecordSpec<z.output<typeof counterSchema>> = {
  name: 'counters',
  label: 'counters',
  version: 1,
  parse: wholeRecord((raw) => counterSchema.safeParse(raw)),
}
export const COUNTERS = 500

// Only when run as the child process, not when the test imports the spec.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const c = new JournalCollection(process.argv[2]!, counterSpec, new Date())
  if (c.size === 0) {
    c.change(
      Array.from({ length: COUNTERS }, (_, i) => ({
        put: `k${i}`,
        value: { n: 0, text: 'x'.repeat(1_000) },
      })),
    )
    await c.compact()
  }
  for (let op = 0; ; op++) {
    const key = `k${(op * 7919) % COUNTERS}`
    const n = c.get(key)!.n + 1
    c.put(key, { n, text: 'y'.repeat(1_000) })
    fs.writeSync(1, `ack ${JSON.stringify({ kind: 'counter', key, n })}\n`)
    if (op % 50 === 0) void c.compact()
    if (op % 5 === 0) await new Promise((resolve) => setImmediate(resolve))
  }
}
