// First: its body asks the host for the first screen's data before the rest is evaluated.
import { firstAnswers, firstAnswersGiven, firstCalls } from './api/first-screen'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { queryClient, startedQueries } from './api/queries'
import { App } from './app/App'
import { ToastProvider } from './components/Toasts'
import './styles.css'

startedQueries(firstAnswersGiven, firstCalls)

/** Long enough for the host's first answers, short enough that a slow host shows a loading screen. */
const WAIT_FOR_FIRST_ANSWERS_MS = 300

// Rendered in this task, not the next: the answers are in, and a task's wait is time on screen.
function render() {
  const root = createRoot(document.getElementById('root')!)
  flushSync(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <ToastProvider>
            <App />
          </ToastProvider>
        </QueryClientProvider>
      </StrictMode>,
    ),
  )
}

const waiting = firstAnswers(WAIT_FOR_FIRST_ANSWERS_MS)
if (waiting) void waiting.then(render)
else render()
