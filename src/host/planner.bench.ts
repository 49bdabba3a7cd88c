import fs from 'node:fs'
import { afterAll, bench, describe } from 'vitest'
import type { Host } from './create-host'
import { fixedClock, hostIn, tempDir } from './testing/temp-host'
import { writeManyFollowUps, writeManyInterviews } from './testing/many-interviews'

const dir = tempDir()
writeManyFollowUps(dir, writeManyInterviews(dir, 10_000, '2026-03-10'))
const clock = fixedClock('2026-03-10T10:00:00')
const heapBefore = process.memoryUsage().heapUsed
const warm = hostIn(dir, clock).host
await warm.api.getToday()
await warm.api.listInterviews()
// Memory is reported, not asserted: the host keeps every interview and plan in memory by design.
console.log(
  `host heap for 10,000 interviews with the agenda and list indexes: ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`,
)
const id = (await warm.api.listInterviews())[500]!.id

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

// Opening the store is storage's cost (storage.bench.ts); these time the first call after it.
let fresh: Host
const openFresh = {
  iterations: 5,
  warmupIterations: 1,
  beforeEach: () => {
    fresh = hostIn(dir, clock).host
  },
}

describe('10,000 interviews (target: getToday < 50 ms first call, < 10 ms warm)', () => {
  bench(
    'getToday, first call after start',
    async () => {
      await fresh.api.getToday()
    },
    openFresh,
  )
  bench('getToday, warm', async () => {
    await warm.api.getToday()
  })
  bench('getAgendaPage, 100 overdue rows from 5,000 on, warm', async () => {
    await warm.api.getAgendaPage({ group: 'overdue', offset: 5_000, limit: 100 })
  })
  bench('getToday after logging an attempt on one interview', async () => {
    await warm.api.logAttempt({
      interviewId: id,
      attempt: { kind: 'status-check', date: '2026-03-10', channel: 'email' },
    })
    await warm.api.getToday()
  })
  bench(
    'listInterviews summaries, first call after start',
    async () => {
      await fresh.api.listInterviews()
    },
    openFresh,
  )
  bench('listInterviews summaries, warm', async () => {
    await warm.api.listInterviews()
  })
  bench('listInterviews summaries, as JSON (what the web host sends)', async () => {
    JSON.stringify(await warm.api.listInterviews())
  })
})
