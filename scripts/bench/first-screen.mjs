// The first screen (Today) against a bare React 19 + Vite page, loaded alternately in the same
// run, each in a fresh context (empty cache). A page load varies by a third from one load to the
// next on this machine, so each is loaded at least nine times; the first app load of each store
// comes right after its host starts, as when the desktop app opens.
import { kB, launch, ms, openFirstScreen, ratio, storeLabel, times } from './lib/page-metrics.mjs'

const TARGET = { fcp: 1.2, visible: 1.5, js: 1.5, todayRenderMs: 200 }

const compare = (app, bare) => `${times(ratio(app, bare))} (app ${ms(app)}, bare ${ms(bare)})`

export default async function run(ctx) {
  const browser = await launch(ctx)
  const runs = Math.max(ctx.runs, 9)
  const rows = []
  const bare = []
  try {
    // A new browser's first page pays for starting its renderer and caches: not the page's cost.
    await (await openFirstScreen(browser, ctx.bareUrl)).context.close()
    for (const count of ctx.stores) {
      const host = await ctx.startWebHost(ctx.copyStore(count))
      const app = []
      try {
        for (let i = 0; i < runs; i++) {
          for (const [list, url] of [
            [bare, ctx.bareUrl],
            [app, host.url],
          ]) {
            const screen = await openFirstScreen(browser, url)
            list.push(screen)
            if (process.env.BENCH_VERBOSE)
              console.log(
                `    ${list === app ? 'app' : 'bare'} ${count}: fcp ${Math.round(screen.fcp)} visible ${Math.round(screen.contentVisible)} interactive ${Math.round(screen.interactive)} afterData ${Math.round(screen.renderAfterData)}`,
              )
            await screen.context.close()
          }
        }
      } finally {
        await host.stop()
      }
      const med = (list, key) => ctx.median(list.map((s) => s[key]))
      const fcp = ratio(med(app, 'fcp'), med(bare, 'fcp'))
      const visible = ratio(med(app, 'contentVisible'), med(bare, 'contentVisible'))
      rows.push(
        {
          what: 'First contentful paint, app ÷ bare page',
          store: storeLabel(count),
          value: compare(med(app, 'fcp'), med(bare, 'fcp')),
          target: `≤ ${TARGET.fcp}×`,
          met: fcp <= TARGET.fcp,
        },
        {
          what: 'Main content visible (Today heading and first group painted), app ÷ bare page',
          store: storeLabel(count),
          value: compare(med(app, 'contentVisible'), med(bare, 'contentVisible')),
          target: `≤ ${TARGET.visible}×`,
          met: visible <= TARGET.visible,
        },
        {
          what: 'Today interactive (hydrated: its buttons answer), app, beside the bare page’s content visible',
          store: storeLabel(count),
          value: compare(med(app, 'interactive'), med(bare, 'contentVisible')),
          target: 'none (information)',
          met: null,
        },
        {
          what: 'Today first render (what it renders from in: the page, which brings the host’s answers and rendered Today, and any script or answer it waited for → Today painted)',
          store: storeLabel(count),
          value: ms(med(app, 'renderAfterData')),
          target: `< ${TARGET.todayRenderMs} ms`,
          met: med(app, 'renderAfterData') < TARGET.todayRenderMs,
        },
      )
      if (count === ctx.stores[0]) {
        const appJs = med(app, 'jsGzip')
        const bareJs = med(bare, 'jsGzip')
        rows.push({
          what: 'First-screen JavaScript (gzip of every script loaded), app ÷ bare page',
          store: 'any',
          value: `${times(ratio(appJs, bareJs))} (app ${kB(appJs)} in ${med(app, 'scripts')} files, bare ${kB(bareJs)})`,
          target: `≤ ${TARGET.js}×`,
          met: ratio(appJs, bareJs) <= TARGET.js,
        })
      }
    }
  } finally {
    await browser.close()
  }
  return rows
}
