import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { AgendaRow, TodayView } from '../../../contract/planner-api'
import { fakeClient } from '../../testing/fake-client'
import { interviewItem } from '../../testing/interview-item'
import { renderWith } from '../../testing/render-app'
import { useHostEvents } from '../../api/queries'
import { TodayScreen } from './TodayScreen'

const row = (n: number, due: string, daysOverdue = 0): AgendaRow => ({
  interviewId: `i${n}`,
  company: `Company ${n}`,
  role: 'Designer',
  action: {
    kind: 'thank-you',
    due,
    channel: 'email',
    reason: 'Thank them on the day.',
    key: 'thank-you',
  },
  effectiveDue: due,
  daysOverdue,
})

const view = (v: Partial<TodayView>): TodayView => ({
  today: '2026-03-10',
  overdue: [],
  dueToday: [],
  upcoming: [],
  ...v,
})

function WithEvents() {
  useHostEvents()
  return <TodayScreen />
}

describe('TodayScreen', () => {
  it('explains what to do first when there are no interviews', async () => {
    const { client } = fakeClient({
      getToday: async () => view({}),
      listInterviews: async () => [],
    })
    renderWith(client, <TodayScreen />)
    expect(
      await screen.findByRole('heading', { name: 'Waiting to hear back?' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Add your first interview' })).toHaveAttribute(
      'href',
      '#/interviews/new',
    )
  })

  it('groups steps, says how overdue they are, and cuts long lists', async () => {
    const overdue = Array.from({ length: 30 }, (_, n) => row(n, '2026-03-08', 2))
    const { client } = fakeClient({
      getToday: async () => view({ overdue, upcoming: [row(99, '2026-03-12')] }),
      listInterviews: async () => [interviewItem('x', 'Acme Tools')],
    })
    renderWith(client, <TodayScreen />)
    const group = await screen.findByRole('region', { name: /^Overdue/ })
    expect(within(group).getAllByRole('listitem')).toHaveLength(25)
    expect(within(group).getAllByText('2 days overdue (Sun, Mar 8)')).toHaveLength(25)
    await userEvent.click(within(group).getByRole('button', { name: 'Show all 30' }))
    expect(within(group).getAllByRole('listitem')).toHaveLength(30)
    expect(screen.getByRole('region', { name: /^Due today/ })).toHaveTextContent(
      'Nothing is due today.',
    )
    expect(screen.getByRole('region', { name: /^Next 14 days/ })).toHaveTextContent('Thu, Mar 12')
  })

  it('refetches when the host says follow-ups changed', async () => {
    let current = view({})
    const { client, emit } = fakeClient({
      getToday: async () => current,
      listInterviews: async () => [interviewItem('x', 'Acme Tools')],
    })
    renderWith(client, <WithEvents />)
    expect(await screen.findByText(/Nothing to do today/)).toBeInTheDocument()
    current = view({ dueToday: [row(1, '2026-03-10')] })
    emit({ type: 'changed', topic: 'followups' })
    await waitFor(() =>
      expect(screen.getByRole('region', { name: /^Due today/ })).toHaveTextContent('Company 1'),
    )
  })
})
