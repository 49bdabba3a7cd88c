// What the browser bench measures inside a page, shared by the scripts/bench/*.mjs files.
import { chromium } from '@playwright/test'
import zlib from 'node:zlib'

export const launch = (ctx) =>
  chromium.launch({ executablePath: ctx.chromiumPath, args: ctx.launchArgs })

/**
 * Installed before any page script. "After paint" is the task after the next animation frame:
 * the frame's style, layout and paint run between the rAF callback and that task.
 *
 * Main content visible: the first frame in which `main` holds the page's h1 and a section
 * heading (h2) or status line: on Today that is the first agenda group, the empty state or the
 * all-clear line, none of which render before Today's data; on the bare page, its list. Whether
 * the page's own script rendered it or it came in the HTML (the app's host writes Today into the
 * page), the frame is the one after those elements are in the document.
 *
 * Interactive: the first frame after that in which React owns the h1 (hydrated, or rendered by
 * the page itself): from then on the screen's buttons answer.
 */
const VISIBLE = 'bench:content-visible'
const INTERACTIVE = 'bench:interactive'

function probes([VISIBLE, INTERACTIVE]) {
  const bench = {
    contentVisible: null,
    interactive: null,
    keySamples: [],
    afterPaint(callback) {
      requestAnimationFrame(() => setTimeout(() => callback(performance.now()), 0))
    },
    /** Resolves with the after-paint time of the first mutation batch where `holds()` is true. */
    when(holds) {
      return new Promise((resolve) => {
        const check = () => {
          if (!holds()) return false
          bench.afterPaint(resolve)
          return true
        }
        if (check()) return
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect()
        })
        observer.observe(document, { childList: true, subtree: true, characterData: true })
      })
    },
    /** True when a text node under `node` matches `pattern`; stops at the first match. */
    hasText(node, pattern) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (pattern.test(n.data)) return true
      }
      return false
    },
  }
  window.__bench = bench
  bench
    .when(() => {
      const main = document.querySelector('main')
      return !!main?.querySelector('h1') && !!main.querySelector('h2, [role="status"]')
    })
    .then((t) => {
      bench.contentVisible = t
      const owned = () =>
        Object.keys(document.querySelector('main h1') ?? {}).some((k) => k.startsWith('__react'))
      const done = (at) => {
        bench.interactive = at
        console.debug(INTERACTIVE)
      }
      const poll = () => (owned() ? done(performance.now()) : requestAnimationFrame(poll))
      if (owned()) done(t)
      else requestAnimationFrame(poll)
      // Told through the console, which Playwright hears over the DevTools protocol: waiting
      // for it with waitForFunction would evaluate Playwright's helper script in the page in the
      // middle of the render being measured.
      console.debug(VISIBLE)
    })
  // Search keystrokes, two ways. `toFrame`: keydown's timestamp to the frame painted after the
  // input event, which includes the wait for the display's next tick (0-16.7 ms at 60 Hz, however
  // little the page does). `work`: the page's own time for the key: from keydown until its
  // handlers (and React's render and commit, flushed in a microtask) are done, plus that frame's
  // style, layout and paint, from the animation frame to the task after it. Whatever the key
  // waits behind (the list's filtering for the key before) is in it; the idle wait is not.
  let keyAt = null
  addEventListener('keydown', (e) => (keyAt = e.timeStamp), true)
  addEventListener('input', () => {
    const from = keyAt
    if (from === null) return
    keyAt = null
    // Window's bubble listener runs after React's root listener; its microtask after React's.
    queueMicrotask(() => {
      const handled = performance.now()
      requestAnimationFrame(() => {
        const frameAt = performance.now()
        setTimeout(() => {
          const painted = performance.now()
          bench.keySamples.push({
            toFrame: painted - from,
            work: handled - from + painted - frameAt,
          })
        }, 0)
      })
    })
  })
}

/**
 * Opens `url` in a fresh context (empty cache) and waits for the first screen to be interactive.
 * Returns its page with first contentful paint, main content visible, interactive, how long the
 * screen took to render once what it needed was in, and the gzip size of every script loaded.
 */
export async function openFirstScreen(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  await context.addInitScript(probes, [VISIBLE, INTERACTIVE])
  const page = await context.newPage()
  const scripts = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response)
  })
  const told = (what) =>
    page.waitForEvent('console', { predicate: (m) => m.text() === what, timeout: 120_000 })
  const visible = told(VISIBLE)
  const interactive = told(INTERACTIVE)
  await page.goto(url)
  await visible
  await interactive
  const timing = await page.evaluate(async () => {
    // The paint entry is queued after the frame is presented, which can be after `load`.
    const fcp = await new Promise((resolve) => {
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0]
        if (!entry) return
        observer.disconnect()
        resolve(entry.startTime)
      }).observe({ type: 'paint', buffered: true })
      setTimeout(() => resolve(null), 10_000)
    })
    const { contentVisible: visible, interactive } = window.__bench
    // When the screen had what it renders from: the page (which brings the host's answers, and
    // the app's Today already rendered), and what else it needed by then: scripts, answers.
    const ready = performance
      .getEntriesByType('resource')
      .filter((e) => {
        const { pathname } = new URL(e.name)
        const needed = pathname.startsWith('/api/') || e.initiatorType === 'script'
        return needed && e.responseEnd <= visible
      })
      .map((e) => e.responseEnd)
    const page = performance.getEntriesByType('navigation')[0].responseEnd
    return { fcp, visible, interactive, dataAt: Math.max(page, ...ready) }
  })
  // The first screen's scripts: a screen prefetched later is not part of it.
  const firstScripts = scripts.slice()
  let jsGzip = 0
  for (const response of firstScripts) {
    jsGzip += zlib.gzipSync(await response.body()).length
  }
  return {
    context,
    page,
    fcp: timing.fcp,
    contentVisible: timing.visible,
    interactive: timing.interactive,
    renderAfterData: timing.visible - timing.dataAt,
    jsGzip,
    scripts: firstScripts.length,
  }
}

/** Heap in use after a forced garbage collection, in bytes. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize
}

export const ms = (n) =>
  n === null || n === undefined ? 'n/a' : n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n)} ms`
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
export const ratio = (a, b) => a / b
export const times = (r) => `${r.toFixed(2)}×`
export const storeLabel = (count) => `${count.toLocaleString('en')} interviews`
