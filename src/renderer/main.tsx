// First: its body asks the host for the first screen's data before the rest is evaluated.
import { firstAnswers, firstCalls } from './api/first-screen'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { queryClient, startedQueries } from './api/queries'
import { App } from './app/App'
import { ToastProvider } from './components/Toasts'
import './styles.css'

startedQueries(firstCalls)

/** Long enough for the host's first answers, short enough that a slow host shows a loading screen. */
const WAIT_FOR_FIRST_ANSWERS_MS = 300

void firstAnswers(WAIT_FOR_FIRST_ANSWERS_MS).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <App />
        </ToastProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
)
