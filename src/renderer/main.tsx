// First: its body asks the host for the first screen's data before the rest is evaluated.
import { firstAnswers, firstAnswersGiven, firstCalls, renderedByHost } from './api/first-screen'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { queryClient, startedQueries } from './api/queries'
import { AppRoot } from './app/AppRoot'
import './styles.css'

startedQueries(firstAnswersGiven, firstCalls)

/** Long enough for the host's first answers, short enough that a slow host shows a loading screen. */
const WAIT_FOR_FIRST_ANSWERS_MS = 300

const container = document.getElementById('root')!
const app = <AppRoot client={queryClient} />

// Rendered in this task, not the next: the answers are in, and a task's wait is time on screen.
function render() {
  const root = createRoot(container)
  flushSync(() => root.render(app))
}

if (renderedByHost) {
  // Today is on screen already; this makes it live. A mismatch is a bug of ours, and React
  // recovers by rendering the page afresh, so it is reported rather than thrown.
  hydrateRoot(container, app, {
    onRecoverableError: (error) => console.error('[hydrate] Today re-rendered in the page:', error),
  })
} else {
  const waiting = firstAnswers(WAIT_FOR_FIRST_ANSWERS_MS)
  if (waiting) void waiting.then(render)
  else render()
}
