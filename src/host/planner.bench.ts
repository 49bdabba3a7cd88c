import { afterAll, bench, describe } from 'vitest'
import { cleanup, fixedClock, hostIn, tempDir } from './testing/temp-host'
import { writeManyInterviews } from './testing/many-interviews'

const dir = tempDir()
writeManyInterviews(dir, 10_000, '2026-03-10')
const clock = fixedClock('2026-03-10T10:00:00')
const heapBefore = process.memoryUsage().heapUsed
const warm = hostIn(dir, clock).host
await warm.api.getToday()
// Memory is reported, not asserted: the host keeps every interview and plan in memory by design.
console.log(
  `host heap for 10,000 interviews with cached plans: ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`,
)

afterAll(() => cleanup(dir))

describe('10,000 interviews', () => {
  bench(
    'open the store and plan every interview (cold start + getToday)',
    async () => {
      await hostIn(dir, clock).host.api.getToday()
    },
    { iterations: 5, warmupIterations: 1 },
  )
  bench('getToday with plans cached', async () => {
    await warm.api.getToday()
  })
  bench('listInterviews with next steps (cached plans)', async () => {
    await warm.api.listInterviews()
  })
})
