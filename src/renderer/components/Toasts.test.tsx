import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useEffect } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { ToastProvider, ToastSlot, useToast, type Toast } from './Toasts'

type NewToast = Omit<Toast, 'id'>
const grabbed: { show: (t: NewToast) => void } = { show: () => undefined }
const show = (t: NewToast) => grabbed.show(t)
function Grab() {
  const toast = useToast()
  useEffect(() => {
    grabbed.show = toast
  }, [toast])
  return null
}

function renderApp() {
  return render(
    <ToastProvider>
      <Grab />
      <div className="sidebar">
        <nav aria-label="Main" />
        <ToastSlot />
      </div>
      <main>
        <button type="button">Record this line only</button>
      </main>
    </ToastProvider>,
  )
}

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  })
}

const messages = () =>
  screen.queryAllByRole('button', { name: 'Close message' }).map((b) => b.closest('.toast')!)

afterEach(() => {
  window.location.hash = ''
})

describe('toasts', () => {
  it('sit in the sidebar’s slot, never in the screen with its controls', async () => {
    renderApp()
    act(() => show({ message: 'Saved.' }))
    const toast = await screen.findByText('Saved.')
    expect(toast.closest('.toast-slot')).not.toBeNull()
    expect(toast.closest('main')).toBeNull()
    expect(screen.getByRole('status')).toContainElement(toast)
  })

  it('collapse a repeated message into one, with a count', async () => {
    renderApp()
    act(() => {
      show({ message: 'Saved.' })
      show({ message: 'Saved.' })
    })
    act(() => show({ message: 'Saved.' }))
    await waitFor(() => expect(messages()).toHaveLength(1))
    expect(messages()[0]).toHaveTextContent('Saved.×3')
    expect(screen.getByLabelText('(3 times)')).toBeInTheDocument()
    // Same words as an error are a different message.
    act(() => show({ message: 'Saved.', tone: 'error' }))
    await waitFor(() => expect(messages()).toHaveLength(2))
  })

  it('keep at most three, and an Undo outlasts plain messages', async () => {
    renderApp()
    act(() => {
      show({ message: 'Deleted Take 1.', action: { label: 'Undo', run: () => undefined } })
      show({ message: 'Renamed.' })
      show({ message: 'Starred.' })
      show({ message: 'Copied.' })
    })
    await waitFor(() => expect(messages()).toHaveLength(3))
    expect(messages().map((m) => m.querySelector('.toast-message')!.textContent)).toEqual([
      'Deleted Take 1.',
      'Starred.',
      'Copied.',
    ])
  })

  it('leave with the screen they belong to', async () => {
    window.location.hash = '#/practice/default-call/takes'
    renderApp()
    act(() => show({ message: 'Renamed.' }))
    await screen.findByText('Renamed.')
    await go('#/practice/default-call')
    expect(screen.queryByText('Renamed.')).toBeNull()
  })

  it('follow a navigation made right after them, then leave on the next', async () => {
    window.location.hash = '#/interviews/new'
    renderApp()
    act(() => {
      show({ message: 'Saved Acme Tools.' })
      window.location.hash = '#/interviews/abc'
    })
    await go('#/interviews/abc')
    expect(await screen.findByText('Saved Acme Tools.')).toBeInTheDocument()
    await go('#/')
    expect(screen.queryByText('Saved Acme Tools.')).toBeNull()
  })

  it('today is one screen whether the address ends in # or #/', async () => {
    window.location.hash = ''
    renderApp()
    act(() => show({ message: 'Removed the example interview.' }))
    await screen.findByText('Removed the example interview.')
    await go('#/')
    expect(screen.getByText('Removed the example interview.')).toBeInTheDocument()
  })

  it('run their action once and close', async () => {
    const user = userEvent.setup()
    let undone = 0
    renderApp()
    act(() => show({ message: 'Deleted.', action: { label: 'Undo', run: () => undone++ } }))
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    expect(undone).toBe(1)
    expect(messages()).toHaveLength(0)
  })
})
