// getToday's time in the host itself (Node, no HTTP): the first call after the host starts on a
// seeded store, which plans every interview, then warm calls.
import { ms, storeLabel } from './lib/page-metrics.mjs'

const TARGET = { firstMs: 50, warmMs: 10 }

export default async function run(ctx) {
  const count = 10_000
  const first = []
  const warm = []
  for (let i = 0; i < ctx.runs; i++) {
    const timing = await ctx.seed.timeGetToday(ctx.copyStore(count), ctx.now)
    first.push(timing.firstMs)
    warm.push(ctx.median(timing.warmMs))
  }
  const f = ctx.median(first)
  const w = ctx.median(warm)
  return [
    {
      what: '`getToday` in the host, first call after start',
      store: storeLabel(count),
      value: ms(f),
      target: `< ${TARGET.firstMs} ms`,
      met: f < TARGET.firstMs,
    },
    {
      what: '`getToday` in the host, warm (median of 5 calls)',
      store: storeLabel(count),
      value: ms(w),
      target: `< ${TARGET.warmMs} ms`,
      met: w < TARGET.warmMs,
    },
  ]
}
