import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { ToastProvider } from '../components/Toasts'
import { App } from './App'

/**
 * The whole app: what the page renders, and what a host renders to HTML for the first screen.
 * Hydration needs both to be the same tree.
 */
export function AppRoot({ client }: { client: QueryClient }) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <ToastProvider>
          <App />
        </ToastProvider>
      </QueryClientProvider>
    </StrictMode>
  )
}
