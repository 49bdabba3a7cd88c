import { parseRoute } from '../routing/router'
import { getClient } from './client'

/**
 * The first screen's calls, made while the rest of the app's code is still being evaluated: this
 * module is the entry's first import, so its body runs before React DOM and the screens are
 * evaluated. main.tsx hands the calls to the query cache and waits for them (briefly) before the
 * first render, so Today renders once, with its rows, rather than empty, then asking, then again.
 */
const api = getClient()
const onToday = parseRoute(window.location.hash).name === 'today'

export const firstCalls = {
  settings: api.getSettings(),
  notices: api.listNotices(),
  today: onToday ? api.getToday() : null,
}

/**
 * Resolves once every first call has answered (or failed: the screen shows that itself), or after
 * `maxMs`, so a slow host never holds the page; the static frame is on screen meanwhile.
 */
export function firstAnswers(maxMs: number): Promise<void> {
  const calls = Object.values(firstCalls).filter((call) => call !== null)
  return Promise.race([
    Promise.allSettled(calls).then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, maxMs)),
  ])
}
