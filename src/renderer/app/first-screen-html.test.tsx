import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { hydrateRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FirstAnswers } from '../../contract/first-answers'
import type { AgendaRow } from '../../contract/planner-api'
import { defaultSettings } from '../../core/settings/schema'
import { setClient } from '../api/client'
import { createQueryClient, seedFirstAnswers } from '../api/queries'
import { fakeClient } from '../testing/fake-client'
import { todayView } from '../testing/today-view'
import { AppRoot } from './AppRoot'
import { renderFirstScreen } from './first-screen-html'

const row = (n: number, due: string, daysOverdue: number): AgendaRow => ({
  interviewId: `i${n}`,
  company: `Company ${n}`,
  role: 'Designer',
  action: { kind: 'thank-you', due, channel: 'email', reason: 'Thank them.', key: 'thank-you' },
  effectiveDue: due,
  daysOverdue,
})

const answers: FirstAnswers = {
  settings: defaultSettings,
  notices: [],
  today: todayView('2026-03-10', {
    overdue: Array.from({ length: 12 }, (_, i) => row(i + 1, '2026-03-02', 8)),
    dueToday: [row(20, '2026-03-10', 0), row(21, '2026-03-10', 0)],
  }),
}

let root: Root | null = null
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

/** What a host serves, then what the page does with it (main.tsx). */
async function servedThenHydrated(given: FirstAnswers) {
  const markup = renderFirstScreen(given)
  const container = document.createElement('div')
  container.innerHTML = markup ?? ''
  document.body.append(container)
  const client = createQueryClient()
  seedFirstAnswers(client, given)
  const recovered: unknown[] = []
  const logged = vi.spyOn(console, 'error')
  await act(async () => {
    root = hydrateRoot(container, <AppRoot client={client} />, {
      onRecoverableError: (error) => recovered.push(error),
    })
  })
  return { markup, container, recovered, logged }
}

describe('Today rendered by a host, then hydrated by the page', () => {
  it('is Today with its first rows, in the HTML alone', () => {
    const markup = renderFirstScreen(answers)!
    const page = document.createElement('div')
    page.innerHTML = markup
    expect(within(page).getByRole('heading', { level: 1, name: /Today/ })).toBeTruthy()
    expect(within(page).getByRole('heading', { name: /Overdue/ })).toBeTruthy()
    // The page's own first frame holds eight rows, so the host's holds the same eight.
    expect(within(page).getAllByRole('button', { name: /^Mark done/ })).toHaveLength(8)
    expect(within(page).getByRole('navigation', { name: 'Main' })).toBeTruthy()
  })

  it('hydrates without a mismatch, then renders the rest and answers its buttons', async () => {
    const { client } = fakeClient({
      logAttempt: async () => {
        throw new Error('not this time')
      },
    })
    setClient(client)
    const { recovered, logged } = await servedThenHydrated(answers)
    expect(recovered).toEqual([])
    expect(logged).not.toHaveBeenCalled()
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: /^Mark done/ })).toHaveLength(14),
    )
    await userEvent.click(screen.getByRole('button', { name: /^Mark done: .*, Company 1$/ }))
    expect(client.logAttempt).toHaveBeenCalledWith(expect.objectContaining({ interviewId: 'i1' }))
  })

  it('renders nothing without a whole set of answers: the page renders alone then', () => {
    expect(renderFirstScreen({ ...answers, today: undefined })).toBeNull()
    expect(renderFirstScreen({ ...answers, settings: undefined })).toBeNull()
  })
})
