// Loaded by scripts/bench-browser.mjs through Vite's module runner (the runner is plain Node).
import { performance } from 'node:perf_hooks'
import { writeManyFollowUps, writeManyInterviews } from '../src/host/testing/many-interviews'
import { fixedClock, hostIn } from '../src/host/testing/temp-host'

/**
 * A data dir with `count` interviews and their follow-up log, written by the host's own storage:
 * the generator writes the files an older version kept, the host imports them into its journal
 * collections on start, and a compaction leaves the snapshots the web host then opens.
 */
export async function seedStore(dir: string, count: number, now: Date): Promise<void> {
  const today = now.toISOString().slice(0, 10)
  writeManyFollowUps(dir, writeManyInterviews(dir, count, today))
  const { host } = hostIn(dir, fixedClock(now.toISOString()))
  // A store as a run that showed Today and the list leaves it, with both kept for the next start.
  await host.api.getToday()
  await host.api.listInterviews()
  await host.compact()
  // Today's backup made now, so the web host's own (5 s after it starts) does not run mid-measure.
  await host.data.backUp('daily')
  await host.dispose()
}

/** `getToday` timed in a host started on `dir`: the first call (plans every interview), then warm. */
export async function timeGetToday(
  dir: string,
  now: Date,
  warmCalls = 5,
): Promise<{ firstMs: number; warmMs: number[] }> {
  const { host } = hostIn(dir, fixedClock(now.toISOString()))
  let started = performance.now()
  await host.api.getToday()
  const firstMs = performance.now() - started
  const warmMs: number[] = []
  for (let i = 0; i < warmCalls; i++) {
    started = performance.now()
    await host.api.getToday()
    warmMs.push(performance.now() - started)
  }
  await host.dispose()
  return { firstMs, warmMs }
}
