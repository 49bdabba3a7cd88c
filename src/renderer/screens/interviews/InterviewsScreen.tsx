import { useState } from 'react'
import { Button, Input, Label, SearchField } from 'react-aria-components'
import type { Outcome } from '../../../core/interview/schema'
import { outcomes } from '../../../core/interview/schema'
import { errorMessage } from '../../api/errors'
import { useInterviews } from '../../api/queries'
import { href, navigate } from '../../app/router'
import { PageHeading } from '../../components/PageHeading'
import { actionLabel } from '../../../core/followup/action-label'
import { formatDay, localToday } from '../../format'
import { dueText } from '../followups/action-text'
import { outcomeLabels } from '../../labels'
import { applyView, type ListView, type SortKey } from './list-view'
import { useDeleteInterview } from './use-delete-interview'

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
  const [view, setView] = useState<ListView>({ query: '', outcome: 'all', sort: 'date-desc' })
  const remove = useDeleteInterview()

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

  const shown = applyView(data, view)
  const today = localToday()
  return (
    <>
      <PageHeading actions={actions}>Interviews</PageHeading>
      <div className="toolbar" role="search">
        <SearchField
          className="field grow"
          value={view.query}
          onChange={(query) => setView({ ...view, query })}
        >
          <Label>Search</Label>
          <Input placeholder="Company, role, person…" />
        </SearchField>
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
        <table className="data-table">
          <caption className="visually-hidden">Your interviews</caption>
          <thead>
            <tr>
              <th scope="col">Company</th>
              <th scope="col">Role</th>
              <th scope="col">Interview date</th>
              <th scope="col">Outcome</th>
              <th scope="col">Next step</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <tr key={i.id} onClick={() => navigate({ name: 'interview', id: i.id })}>
                <th scope="row">
                  <a
                    href={href({ name: 'interview', id: i.id })}
                    onClick={(e) => e.stopPropagation()}
                  >
                    {i.company}
                  </a>
                </th>
                <td>{i.role}</td>
                <td>{formatDay(i.interviewDate)}</td>
                <td>
                  <span className={`badge outcome-${i.outcome}`}>{outcomeLabels[i.outcome]}</span>
                </td>
                <td>
                  {i.next ? (
                    <>
                      <span className="next-label">{actionLabel(i.next)}</span>
                      <span
                        className={`next-due ${(i.next.snoozedUntil ?? i.next.due) < today ? 'overdue' : ''}`}
                      >
                        {dueText(i.next.snoozedUntil ?? i.next.due, today)}
                      </span>
                    </>
                  ) : (
                    <span className="muted">Nothing planned</span>
                  )}
                </td>
                <td className="row-actions" onClick={(e) => e.stopPropagation()}>
                  <a
                    className="button small"
                    href={href({ name: 'edit-interview', id: i.id })}
                    aria-label={`Edit ${i.company}`}
                  >
                    Edit
                  </a>
                  <Button
                    className="button small danger"
                    aria-label={`Delete ${i.company}`}
                    onPress={() => remove(i)}
                  >
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
