import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import type { AppClient } from '../../contract/api'
import { setClient } from '../api/client'
import { queryClient } from '../api/queries'
import { ToastProvider } from '../components/Toasts'

/** Renders a screen as the app does, on a fresh cache, talking to `client`. */
export function renderWith(client: AppClient, ui: ReactElement) {
  setClient(client)
  queryClient.clear()
  return render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>{ui}</ToastProvider>
    </QueryClientProvider>,
  )
}
