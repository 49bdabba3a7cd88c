import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { FollowUpView } from '../../contract/planner-api'
import { AppError } from '../../contract/errors'
import { fakeClient } from '../testing/fake-client'
import { renderWith } from '../testing/render-app'
import { rememberFollowUps, useWrite } from './mutations'
import { keys, queryClient } from './queries'

const plan = (today: string): FollowUpView => ({
  interviewId: 'i1',
  actions: [],
  attempts: [],
  dismissed: [],
  movedOn: false,
  today,
})

function Dismiss({ onDone }: { onDone: () => void }) {
  const dismiss = useWrite(
    (api, key: string) => api.dismissAction({ interviewId: 'i1', key }),
    rememberFollowUps,
  )
  return (
    <button type="button" onClick={() => void dismiss.run('thank-you', onDone)}>
      {dismiss.isPending ? 'Dismissing…' : 'Dismiss'}
    </button>
  )
}

describe('useWrite', () => {
  it('puts the view the host returned into the cache and fetches nothing by hand', async () => {
    const { client } = fakeClient({ dismissAction: async () => plan('2026-03-10') })
    const onDone = vi.fn()
    renderWith(client, <Dismiss onDone={onDone} />)
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries')
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(onDone).toHaveBeenCalled())
    expect(client.dismissAction).toHaveBeenCalledWith({ interviewId: 'i1', key: 'thank-you' })
    expect(queryClient.getQueryData(keys.followUps('i1'))).toEqual(plan('2026-03-10'))
    // The host's changed event is the one path that refreshes everything else.
    expect(invalidate).not.toHaveBeenCalled()
    invalidate.mockRestore()
  })

  it('tells a failure in an error toast and skips what comes after', async () => {
    const { client } = fakeClient({
      dismissAction: async () => {
        throw new AppError('not-found', 'That interview is gone.')
      },
    })
    const onDone = vi.fn()
    renderWith(client, <Dismiss onDone={onDone} />)
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(await screen.findByText('That interview is gone.')).toBeInTheDocument()
    expect(onDone).not.toHaveBeenCalled()
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeEnabled()
  })
})
