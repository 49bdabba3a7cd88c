import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { InterviewListItem } from '../../../contract/tracker-api'
import { fakeClient } from '../../testing/fake-client'
import { renderWith } from '../../testing/render-app'
import { InterviewsScreen } from './InterviewsScreen'

const COUNT = 5_000

const rows: InterviewListItem[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `i${i}`,
  company: `Company ${i}`,
  role: 'Designer',
  interviewDate: '2026-03-02',
  interviewTime: '',
  outcome: 'pending',
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  next: null,
  search: `company ${i}\ndesigner`,
}))

function open(deleteInterview = vi.fn(async () => undefined)) {
  const { client } = fakeClient({ listInterviews: async () => rows, deleteInterview })
  renderWith(client, <InterviewsScreen />)
}

const table = () => screen.getByRole('table', { name: 'Your interviews' })
const bodyRows = () => within(table()).getAllByRole('row').slice(1)

// happy-dom lays nothing out: give the scroll area a screen's height, as a browser would, so the
// virtualiser knows how many rows are in view (rows have a fixed height and are never measured).
beforeEach(() => {
  const size = (el: HTMLElement) => (el.classList.contains('interview-table-scroll') ? 640 : 53)
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return size(this)
  })
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return size(this)
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  window.location.hash = ''
})

describe('the virtualised interview table', () => {
  it('renders a window of rows but announces the whole size and each row’s place', async () => {
    open()
    await screen.findByRole('table', { name: 'Your interviews' })
    expect(table()).toHaveAttribute('aria-rowcount', String(COUNT + 1))
    const shown = bodyRows()
    expect(shown.length).toBeGreaterThan(5)
    expect(shown.length).toBeLessThan(60)
    expect(shown[0]).toHaveAttribute('aria-rowindex', '2')
    expect(shown[3]).toHaveAttribute('aria-rowindex', '5')
    expect(within(shown[0]!).getByRole('rowheader')).toHaveTextContent('Company 0')
  })

  it('Tab reaches one row; arrows, Page and Home/End move, the row stays rendered; Enter opens', async () => {
    open()
    await screen.findByRole('table', { name: 'Your interviews' })
    const search = screen.getByRole('searchbox', { name: 'Search' })
    search.focus()
    // Past the outcome filter and the sort: the next stop is the first row.
    await userEvent.tab()
    await userEvent.tab()
    await userEvent.tab()
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '2')
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '4')
    await userEvent.keyboard('{ArrowUp}')
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '3')
    await userEvent.keyboard('{End}')
    expect(document.activeElement).toHaveAttribute('aria-rowindex', String(COUNT + 1))
    expect(within(document.activeElement as HTMLElement).getByRole('rowheader')).toHaveTextContent(
      `Company ${COUNT - 1}`,
    )
    await userEvent.keyboard('{PageUp}')
    const afterPage = Number(document.activeElement!.getAttribute('aria-rowindex'))
    expect(afterPage).toBeLessThan(COUNT + 1)
    expect(afterPage).toBeGreaterThan(COUNT - 30)
    await userEvent.keyboard('{Home}')
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '2')
    // Only one row is in the Tab order at a time.
    expect(bodyRows().filter((r) => r.tabIndex === 0)).toHaveLength(1)
    await userEvent.keyboard('{ArrowDown}{Enter}')
    expect(window.location.hash).toBe('#/interviews/i1')
  })

  it('filters on the prepared search key and says how many are shown', async () => {
    open()
    await screen.findByRole('table', { name: 'Your interviews' })
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'company 4999')
    expect(await screen.findByText(`Showing 1 of ${COUNT} interviews`)).toBeInTheDocument()
    expect(table()).toHaveAttribute('aria-rowcount', '2')
    expect(bodyRows()).toHaveLength(1)
  })

  it('a row’s buttons stay with their interview when the rows in view change under them', async () => {
    const deleteInterview = vi.fn(async () => undefined)
    open(deleteInterview)
    await screen.findByRole('table', { name: 'Your interviews' })
    const search = screen.getByRole('searchbox', { name: 'Search' })
    await userEvent.type(search, 'company 1')
    await screen.findByText(/^Showing \d+ of/)
    // Company 1 is first among the matches; once the search is cleared it is second.
    const button = screen.getByRole('button', { name: 'Delete Company 1' })
    await userEvent.clear(search)
    await screen.findByText(`${COUNT} interviews`, { exact: false })
    await userEvent.click(button)
    expect(deleteInterview).toHaveBeenCalledTimes(1)
    expect(deleteInterview).toHaveBeenCalledWith({ id: 'i1' })
  })
})
