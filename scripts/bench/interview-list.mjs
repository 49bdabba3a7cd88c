// The Interviews screen opened from Today, typing in its search field, and the page's heap.
import { heapAfterGc, launch, ms, openFirstScreen, storeLabel } from './lib/page-metrics.mjs'

const TARGET = { listRenderMs: 200, keyP95Ms: 16, heapMB: 80 }
// Typed into the search field: keys that add and remove characters (each one an input event).
// Forty keys, so p95 is a percentile and not simply the slowest key.
const TYPED = ['a', 'c', 'm', 'e', ' ', '1', '2', 'Backspace', 'Backspace', 'Backspace']
const KEYS = [...TYPED, ...TYPED, ...TYPED, ...TYPED]

/** Clicks "Interviews" in the main navigation; ms from the click to its rows painted. */
async function openList(page) {
  const done = page.evaluate(() => {
    let clickedAt = null
    addEventListener('click', (e) => (clickedAt ??= e.timeStamp), { capture: true, once: true })
    // The seeded companies are "Acme 12", "Globex 3"...: a row is on screen once one shows.
    const company = /\b(Acme|Globex|Initech|Umbrella|Hooli|Stark|Wayne|Wonka) \d+/
    return window.__bench
      .when(() => {
        const main = document.querySelector('main')
        const search = main?.querySelector('input[type="search"], [role="searchbox"]')
        return !!search && window.__bench.hasText(main, company)
      })
      .then((t) => t - clickedAt)
  })
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Interviews' })
    .click()
  return done
}

/** Types KEYS into the search field one at a time; each key's ms from keydown to next paint. */
async function typeInSearch(page) {
  const search = page.getByRole('searchbox', { name: /search/i })
  await search.click()
  await page.evaluate(() => (window.__bench.keySamples = []))
  for (const [i, key] of KEYS.entries()) {
    await page.keyboard.press(key)
    await page.waitForFunction((n) => window.__bench.keySamples.length >= n, i + 1)
  }
  return page.evaluate(() => window.__bench.keySamples)
}

export default async function run(ctx) {
  const browser = await launch(ctx)
  const rows = []
  try {
    for (const count of ctx.stores) {
      const host = await ctx.startWebHost(ctx.copyStore(count))
      const listMs = []
      const keyP95 = []
      const heap = []
      try {
        for (let i = 0; i < ctx.runs; i++) {
          const { context, page } = await openFirstScreen(browser, host.url)
          listMs.push(await openList(page))
          keyP95.push(ctx.percentile(await typeInSearch(page), 95))
          heap.push(await heapAfterGc(page))
          await context.close()
        }
      } finally {
        await host.stop()
      }
      const list = ctx.median(listMs)
      const key = ctx.median(keyP95)
      const heapMB = ctx.median(heap) / 1e6
      rows.push(
        {
          what: 'Interview list first render (click "Interviews" → rows painted)',
          store: storeLabel(count),
          value: ms(list),
          target: `< ${TARGET.listRenderMs} ms`,
          met: list < TARGET.listRenderMs,
        },
        {
          what: `Search keystroke in the interview list, keydown → next frame painted, p95 of ${KEYS.length} keys`,
          store: storeLabel(count),
          value: ms(key),
          target: `< ${TARGET.keyP95Ms} ms`,
          met: key < TARGET.keyP95Ms,
        },
      )
      if (count === 10_000) {
        rows.push({
          what: 'Page heap after Today, the list and a search (after GC)',
          store: storeLabel(count),
          value: `${heapMB.toFixed(1)} MB`,
          target: `< ${TARGET.heapMB} MB`,
          met: heapMB < TARGET.heapMB,
        })
      }
    }
    // The same keys in the bare page's React-controlled search field: most of a key's time to
    // the next frame is the wait for that frame, which no page's code can shorten.
    const bareKeys = []
    for (let i = 0; i < ctx.runs; i++) {
      const { context, page } = await openFirstScreen(browser, ctx.bareUrl)
      bareKeys.push(ctx.percentile(await typeInSearch(page), 95))
      await context.close()
    }
    rows.push({
      what: `Baseline: the bare page's search field, keydown → next frame painted, p95 of ${KEYS.length} keys`,
      store: 'none',
      value: ms(ctx.median(bareKeys)),
      target: '',
      met: null,
    })
  } finally {
    await browser.close()
  }
  return rows
}
