import { useCallback, useMemo } from 'react'
import type { InterviewListItem } from '../../../contract/tracker-api'
import type { Outcome } from '../../../core/interview/schema'
import { errorMessage } from '../../api/errors'
import { useInterviews } from '../../api/queries'
import { href } from '../../routing/router'
import { PageHeading } from '../../components/PageHeading'
import { localToday } from '../../format'
import { outcomeLabels } from '../../labels'
import { InterviewTable } from './InterviewTable'
import { applyView, type ListView, type SortKey } from './list-view'
import { useDeleteInterview } from './use-delete-interview'
import { useViewAfterPaint } from './use-view-after-paint'

// From the labels, not the schema: importing the schema would bring zod into this screen's chunk.
const outcomes = Object.keys(outcomeLabels) as Outcome[]

const sortLabels: Record<SortKey, string> = {
  'date-desc': 'Interview date, newest first',
  'date-asc': 'Interview date, oldest first',
  company: 'Company, A to Z',
  updated: 'Recently edited',
  next: 'Next step, soonest first',
}

function EmptyState() {
  return (
    <div className="empty-state">
      <h2>No interviews yet</h2>
      <p>
        Add the interview you are waiting to hear back about. Follow-Through works out when to send
        a thank-you, when to check in, and how, so you don’t have to keep it all in your head.
      </p>
      <a className="button primary" href={href({ name: 'new-interview' })}>
        Add your first interview
      </a>
    </div>
  )
}

export function InterviewsScreen() {
  const { data, error, isPending } = useInterviews()
  const [view, shownView, setView] = useViewAfterPaint<ListView>({
    query: '',
    outcome: 'all',
    sort: 'date-desc',
  })
  const shown = useMemo(() => (data ? applyView(data, shownView) : []), [data, shownView])
  const deleteInterview = useDeleteInterview()
  const remove = useCallback((i: InterviewListItem) => void deleteInterview(i), [deleteInterview])

  const actions = (
    <a className="button primary" href={href({ name: 'new-interview' })}>
      Add interview
    </a>
  )
  if (isPending) return <PageHeading>Interviews</PageHeading>
  if (error) {
    return (
      <>
        <PageHeading>Interviews</PageHeading>
        <p role="alert" className="error-text">
          {errorMessage(error)}
        </p>
      </>
    )
  }
  if (data.length === 0) {
    return (
      <>
        <PageHeading>Interviews</PageHeading>
        <EmptyState />
      </>
    )
  }

  const today = localToday()
  return (
    <>
      <PageHeading actions={actions}>Interviews</PageHeading>
      <div className="toolbar" role="search">
        <div className="field grow">
          <label htmlFor="interview-search">Search</label>
          <input
            id="interview-search"
            type="search"
            placeholder="Company, role, person…"
            autoComplete="off"
            value={view.query}
            onChange={(e) => setView({ ...view, query: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="outcome-filter">Outcome</label>
          <select
            id="outcome-filter"
            value={view.outcome}
            onChange={(e) => setView({ ...view, outcome: e.target.value as Outcome | 'all' })}
          >
            <option value="all">All outcomes</option>
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {outcomeLabels[o]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort">Sort by</label>
          <select
            id="sort"
            value={view.sort}
            onChange={(e) => setView({ ...view, sort: e.target.value as SortKey })}
          >
            {(Object.keys(sortLabels) as SortKey[]).map((k) => (
              <option key={k} value={k}>
                {sortLabels[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted" aria-live="polite">
        {shown.length === data.length
          ? `${data.length} interview${data.length === 1 ? '' : 's'}`
          : `Showing ${shown.length} of ${data.length} interviews`}
      </p>
      {shown.length === 0 ? (
        <p className="empty-inline">No interviews match. Try another search or outcome.</p>
      ) : (
        <InterviewTable rows={shown} today={today} onRemove={remove} />
      )}
    </>
  )
}
