import {
  FIRST_ANSWERS_ID,
  FIRST_SCREEN_RENDERED,
  OPENING_PARAM,
  type FirstAnswers,
} from '../../contract/first-answers'
import { parseRoute } from '../routing/router'
import { getClient } from './client'

/**
 * The first screen's calls, made while the rest of the app's code is still being evaluated: this
 * module is the entry's first import, so its body runs before React DOM and the screens are
 * evaluated. An answer the host wrote into the page (see first-page.ts in src/host) is used as
 * it is. main.tsx hands the calls to the query cache and waits for them (briefly) before the
 * first render, so Today renders once, with its rows, rather than empty, then asking, then again.
 */
function written(): FirstAnswers {
  const element = document.getElementById(FIRST_ANSWERS_ID)
  if (!element) return {}
  element.remove()
  try {
    return JSON.parse(element.textContent ?? '') as FirstAnswers
  } catch {
    return {}
  }
}

// The desktop window opens on `?opening` (see app-url.ts in src/main): a reload is not an opening.
const address = new URL(window.location.href)
if (address.searchParams.has(OPENING_PARAM)) {
  address.searchParams.delete(OPENING_PARAM)
  window.history.replaceState(null, '', address.pathname + address.search + address.hash)
}

const api = getClient()
/** What the page came with; the cache takes these before the first render. */
export const firstAnswersGiven = written()
const onToday = parseRoute(window.location.hash).name === 'today'

/**
 * Whether `#root` holds Today as a host rendered it from the answers the page came with, for the
 * page to hydrate. On any other screen (a link with a route) the markup is simply replaced.
 */
export const renderedByHost =
  onToday &&
  firstAnswersGiven.today !== undefined &&
  document.getElementById('root')?.dataset.rendered === FIRST_SCREEN_RENDERED
const ask = <T>(given: T | undefined, call: () => Promise<T>) =>
  given === undefined ? call() : null

/** What the page asks for itself, each null when it came with the page or is not needed. */
export const firstCalls = {
  settings: ask(firstAnswersGiven.settings, () => api.getSettings()),
  notices: ask(firstAnswersGiven.notices, () => api.listNotices()),
  today: onToday ? ask(firstAnswersGiven.today, () => api.getToday()) : null,
}

/**
 * Resolves once every first call has answered (or failed: the screen shows that itself), or after
 * `maxMs`, so a slow host never holds the page; the static frame is on screen meanwhile. At once
 * when the page came with everything.
 */
export function firstAnswers(maxMs: number): Promise<void> | null {
  const calls = Object.values(firstCalls).filter((call) => call !== null)
  if (calls.length === 0) return null
  return Promise.race([
    Promise.allSettled(calls).then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, maxMs)),
  ])
}
