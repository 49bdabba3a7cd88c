import fs from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import { afterAll, bench, describe } from 'vitest'
import type { Interview } from '../core/interview/schema'
import type { Host } from './create-host'
import { interviewsFile } from './interviews-service'
import { messagesFile } from './messages-file'
import { noticesFile } from './notices-service'
import { followUpsFile } from './planner-service'
import { practiceFile, scriptsFile } from './scripts-service'
import { sliceStats } from './storage/durable'
import { JournalCollection } from './storage/journal'
import type { RecordSpec } from './storage/record-spec'
import { takesFile } from './takes-file'
import { writeManyFollowUps, writeManyInterviews } from './testing/many-interviews'
import { cleanup, fixedClock, hostIn, tempDir } from './testing/temp-host'

/**
 * Storage at 1,000 and 10,000 realistic interviews. vitest bench reports means and p75/p99;
 * the targets are p50 and p95 of the time a call holds the host (its synchronous part, which
 * includes the journal append and its fsync), so those are measured here and printed as the
 * table in BENCH.md, each row beside two baselines measured in the same run.
 */

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

const TODAY = '2026-03-10'
const clock = fixedClock(`${TODAY}T10:00:00`)
const RUNS = 200

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!
}
const ms = (x: number) => `${x.toFixed(2)} ms`
const rows: string[] = []
const row = (what: string, size: string, xs: number[], target: string) =>
  rows.push(`| ${what} | ${size} | ${ms(pct(xs, 50))} | ${ms(pct(xs, 95))} | ${target} |`)

/** How long a call holds the host: everything it does before its first await. */
function holding(call: () => Promise<unknown>): [number, Promise<unknown>] {
  const start = performance.now()
  const pending = call()
  return [performance.now() - start, pending]
}

function draftOf(i: Interview) {
  const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...draft } = i
  return draft
}

async function prepare(count: number) {
  const dir = tempDir()
  const interviews = writeManyInterviews(dir, count, TODAY)
  writeManyFollowUps(dir, interviews)
  // The first start moves today's JSON into the journal; compacting leaves the usual shape.
  const first = hostIn(dir, clock).host
  await first.compact()
  await first.dispose()
  return { dir, interviews }
}

async function measure(count: number, size: string, target: number) {
  const { dir, interviews } = await prepare(count)
  const host = hostIn(dir, clock).host
  const edits: number[] = []
  const creates: number[] = []
  const attempts: number[] = []
  for (let n = 0; n < RUNS; n++) {
    const i = interviews[(n * 7919) % interviews.length]!
    const current = await host.api.getInterview({ id: i.id })
    const [edit, e] = holding(() =>
      host.api.updateInterview({
        id: i.id,
        draft: { ...draftOf(current), notes: `${current.notes} +` },
      }),
    )
    await e
    edits.push(edit)
    const [create, c] = holding(() =>
      host.api.createInterview({ draft: { ...draftOf(i), company: `New ${n}` } }),
    )
    await c
    creates.push(create)
    const [attempt, a] = holding(() =>
      host.api.logAttempt({
        interviewId: i.id,
        attempt: { kind: 'status-check', date: TODAY, channel: 'phone', note: `Call ${n}` },
      }),
    )
    await a
    attempts.push(attempt)
  }

  // Baselines on the same disk, in the same run.
  const record = JSON.stringify(interviews[0])
  const appendFile = path.join(dir, 'baseline-append.jsonl')
  const fd = fs.openSync(appendFile, 'a')
  const appends: number[] = []
  for (let n = 0; n < RUNS; n++) {
    const start = performance.now()
    fs.writeSync(fd, record + '\n')
    fs.fdatasyncSync(fd)
    appends.push(performance.now() - start)
  }
  fs.closeSync(fd)
  const whole: number[] = []
  const all = [...interviews]
  for (let n = 0; n < (count > 5000 ? 10 : 40); n++) {
    const start = performance.now()
    fs.writeFileSync(
      path.join(dir, 'baseline-whole.json'),
      JSON.stringify({ schemaVersion: 1, interviews: all }),
    )
    whole.push(performance.now() - start)
  }

  const t = `< ${target} ms`
  row('Edit an interview (updateInterview)', size, edits, t)
  row('Add an interview (createInterview)', size, creates, t)
  row('Log a follow-up (logAttempt)', size, attempts, t)
  row('Baseline: append one record + fsync', size, appends, '')
  row('Baseline: writeFileSync of the whole collection', size, whole, '')
  await host.dispose()
  return { dir, host: null as Host | null }
}

/** CPU time of the whole process (every thread) since `from`, in ms: load doesn't inflate it. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(from)
  return (c.user + c.system) / 1000
}

/**
 * Requests due every millisecond until `until()`: how long after its time each is answered
 * (queueing behind background slices included), and the process CPU spent in that wait.
 */
async function requestWaits(host: Host, ids: string[], until: () => boolean) {
  const waits: number[] = []
  const cpu: number[] = []
  for (let n = 0; !until(); n++) {
    const due = performance.now() + 1
    const from = process.cpuUsage()
    await new Promise((resolve) => setTimeout(resolve, 1))
    const id = ids[n % ids.length]!
    if (n % 2) await host.api.getInterview({ id })
    else await host.api.getFollowUps({ interviewId: id })
    waits.push(performance.now() - due)
    cpu.push(Math.max(0, cpuSince(from) - 1))
  }
  return { waits, cpu }
}

async function compactionWaits(dir: string) {
  const host = hostIn(dir, clock).host
  const ids = (await host.api.listInterviews()).slice(0, 50).map((i) => i.id)
  const compactions: { waits: number[]; cpu: number[] }[] = []
  const baselines: { waits: number[]; cpu: number[] }[] = []
  let longest = 0
  let longestCpu = 0
  let slices = 0
  let compactionCpu = 0
  let compactionWall = 0
  for (let round = 0; round < 3; round++) {
    // The same requests for a second with nothing in the background, in the same run.
    const started = performance.now()
    baselines.push(await requestWaits(host, ids, () => performance.now() - started > 1000))
    Object.assign(sliceStats, { slices: 0, longest: 0, longestCpu: 0 })
    let done = false
    const cpuFrom = process.cpuUsage()
    const wallFrom = performance.now()
    const compaction = host.compact().then(() => (done = true))
    compactions.push(await requestWaits(host, ids, () => done))
    await compaction
    compactionCpu += cpuSince(cpuFrom) / 3
    compactionWall += (performance.now() - wallFrom) / 3
    longest = Math.max(longest, sliceStats.longest)
    longestCpu = Math.max(longestCpu, sliceStats.longestCpu)
    slices += sliceStats.slices / 3
  }
  await host.dispose()
  const waits = compactions.flatMap((c) => c.waits)
  const base = baselines.flatMap((c) => c.waits)
  const max = (xs: number[]) => Math.max(...xs)
  rows.push(
    `| Longest wait of a request made during compaction (${waits.length} requests, 3 compactions) | 10,000 interviews | ${ms(pct(waits, 50))} | max ${ms(max(waits))} (process CPU in that wait: max ${ms(max(compactions.flatMap((c) => c.cpu)))}) | < 16 ms |`,
    `| Baseline: the same requests with nothing in the background | 10,000 interviews | ${ms(pct(base, 50))} | max ${ms(max(base))} (process CPU: max ${ms(max(baselines.flatMap((c) => c.cpu)))}) | |`,
    `| Longest compaction slice (${slices.toFixed(0)} slices a compaction; ${compactionWall.toFixed(0)} ms wall, ${compactionCpu.toFixed(0)} ms CPU in all) | 10,000 interviews | | ${ms(longest)} wall, ${ms(longestCpu)} process CPU | |`,
  )
}

/** Every keyed collection the host opens. */
const keyedSpecs = [
  interviewsFile,
  followUpsFile,
  noticesFile,
  scriptsFile,
  practiceFile,
  takesFile,
  messagesFile,
] as RecordSpec<unknown>[]

/** Counts what a start parses and checks, by wrapping JSON.parse and each record check. */
function countWork(start: () => void) {
  const specs = keyedSpecs
  const parse = JSON.parse
  const checks = specs.map((s) => s.parse)
  let parsedBytes = 0
  let validated = 0
  JSON.parse = ((text: string, reviver?: never) => {
    parsedBytes += text.length
    return parse(text, reviver)
  }) as typeof JSON.parse
  specs.forEach((s, i) => {
    s.parse = (raw, key) => {
      validated++
      return checks[i]!(raw, key)
    }
  })
  try {
    start()
  } finally {
    JSON.parse = parse
    specs.forEach((s, i) => (s.parse = checks[i]!))
  }
  return { parsedBytes, validated }
}

async function startAndMemory(dir: string) {
  const starts: number[] = []
  const startCpu: number[] = []
  const opens: number[] = []
  const openCpu: number[] = []
  const whole: number[] = []
  const wholeCpu: number[] = []
  const snapshot = path.join(dir, 'interviews.snapshot.jsonl')
  const now = clock.now()
  for (let n = 0; n < 7; n++) {
    // Baseline: what reading the interviews cost before (one JSON.parse of the snapshot).
    let from = process.cpuUsage()
    let start = performance.now()
    JSON.parse(fs.readFileSync(snapshot, 'utf8'))
    whole.push(performance.now() - start)
    wholeCpu.push(cpuSince(from))
    // Storage alone: every keyed collection opened (read, CRC checked, records found).
    from = process.cpuUsage()
    start = performance.now()
    const opened = keyedSpecs.map((spec) => new JournalCollection(dir, spec, now))
    opens.push(performance.now() - start)
    openCpu.push(cpuSince(from))
    await Promise.all(opened.map((c) => c.close()))
    from = process.cpuUsage()
    start = performance.now()
    const { host } = hostIn(dir, clock)
    starts.push(performance.now() - start)
    startCpu.push(cpuSince(from))
    await host.dispose()
  }
  let counted: Host | null = null
  const work = countWork(() => (counted = hostIn(dir, clock).host))
  await counted!.dispose()
  const bytes = fs.statSync(snapshot).size
  rows.push(
    `| Host start: read every collection (createHost; ${(work.parsedBytes / 1e6).toFixed(1)} MB parsed, ${work.validated} records checked) | 10,000 interviews | ${ms(pct(starts, 50))} (CPU ${ms(pct(startCpu, 50))}) | max ${ms(Math.max(...starts))} (CPU ${ms(Math.max(...startCpu))}) | < 300 ms |`,
    `| Storage alone: open every keyed collection | 10,000 interviews | ${ms(pct(opens, 50))} (CPU ${ms(pct(openCpu, 50))}) | max ${ms(Math.max(...opens))} (CPU ${ms(Math.max(...openCpu))}) | |`,
    `| Baseline: JSON.parse of the ${(bytes / 1e6).toFixed(1)} MB interviews snapshot | 10,000 interviews | ${ms(pct(whole, 50))} (CPU ${ms(pct(wholeCpu, 50))}) | max ${ms(Math.max(...whole))} (CPU ${ms(Math.max(...wholeCpu))}) | |`,
  )
  gc()
  const before = process.memoryUsage().heapUsed
  const { host } = hostIn(dir, clock)
  await host.api.getToday()
  gc()
  const heap = (process.memoryUsage().heapUsed - before) / 1e6
  rows.push(
    `| Host memory: every collection plus cached plans (heap after GC) | 10,000 interviews | ${heap.toFixed(0)} MB | | < 150 MB |`,
  )
  await host.dispose()
}

const small = await measure(1_000, '1,000 interviews', 5)
const large = await measure(10_000, '10,000 interviews', 16)
await compactionWaits(large.dir)
await startAndMemory(large.dir)
console.log(
  [
    '',
    '| what | store | p50 | p95 | target |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n'),
)

// vitest's own table for the same calls (mean, p75, p99), on a fresh 10,000-interview store.
const live = await prepare(10_000)
const benchHost = hostIn(live.dir, clock).host
let k = 0
afterAll(async () => {
  await cleanup(live.dir)
  for (const d of [small.dir, large.dir]) fs.rmSync(d, { recursive: true, force: true })
})

describe('storage at 10,000 interviews', () => {
  bench('edit an interview', async () => {
    const i = live.interviews[k++ % live.interviews.length]!
    await benchHost.api.updateInterview({ id: i.id, draft: { ...draftOf(i), notes: `edit ${k}` } })
  })
  bench('log a follow-up', async () => {
    const i = live.interviews[k++ % live.interviews.length]!
    await benchHost.api.logAttempt({
      interviewId: i.id,
      attempt: { kind: 'status-check', date: TODAY, channel: 'email' },
    })
  })
})
