import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { AppClient } from '../../../contract/api'
import type { AgendaRow } from '../../../contract/planner-api'
import type { AgendaGroup } from '../../../core/followup/agenda-index'
import { fakeClient } from '../../testing/fake-client'
import { renderWith } from '../../testing/render-app'
import { todayView } from '../../testing/today-view'
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

type Groups = Partial<Record<AgendaGroup, AgendaRow[]>>

const view = (groups: Groups, empty = false) => todayView('2026-03-10', groups, empty)

/** A host with these groups: getToday and its pages. */
const host = (groups: () => Groups): Partial<AppClient> => ({
  getToday: async () => view(groups()),
  getAgendaPage: async ({ group, offset, limit }) => {
    const rows = groups()[group] ?? []
    return { today: '2026-03-10', total: rows.length, rows: rows.slice(offset, offset + limit) }
  },
})

function WithEvents() {
  useHostEvents()
  return <TodayScreen />
}

describe('TodayScreen', () => {
  it('explains what to do first when there are no interviews', async () => {
    const { client } = fakeClient({
      getToday: async () => view({}, true),
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
    const { client } = fakeClient(host(() => ({ overdue, upcoming: [row(99, '2026-03-12')] })))
    renderWith(client, <TodayScreen />)
    const group = await screen.findByRole('region', { name: /^Overdue/ })
    // The first frame holds the top of each group; the rest of the page follows straight after.
    await waitFor(() => expect(within(group).getAllByRole('listitem')).toHaveLength(25))
    expect(within(group).getAllByText('2 days overdue (Sun, Mar 8)')).toHaveLength(25)
    await userEvent.click(within(group).getByRole('button', { name: 'Show all 30' }))
    // The rest come from the host's paging call.
    await waitFor(() => expect(within(group).getAllByRole('listitem')).toHaveLength(30))
    expect(screen.getByRole('region', { name: /^Due today/ })).toHaveTextContent(
      'Nothing is due today.',
    )
    expect(screen.getByRole('region', { name: /^Next 14 days/ })).toHaveTextContent('Thu, Mar 12')
  })

  it('refetches when the host says follow-ups changed', async () => {
    let current: Groups = {}
    const { client, emit } = fakeClient(host(() => current))
    renderWith(client, <WithEvents />)
    expect(await screen.findByText(/Nothing to do today/)).toBeInTheDocument()
    current = { dueToday: [row(1, '2026-03-10')] }
    emit({ type: 'changed', topic: 'followups' })
    await waitFor(() =>
      expect(screen.getByRole('region', { name: /^Due today/ })).toHaveTextContent('Company 1'),
    )
  })
})
