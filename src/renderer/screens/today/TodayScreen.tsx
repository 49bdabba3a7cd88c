import { format, parseISO } from 'date-fns'
import { useState } from 'react'
import { Button } from 'react-aria-components'
import type { AgendaRow } from '../../../contract/planner-api'
import { errorMessage } from '../../api/errors'
import { useInterviews, useToday } from '../../api/queries'
import { href } from '../../app/router'
import { PageHeading } from '../../components/PageHeading'
import { ActionItem } from '../followups/ActionItem'
import { ExampleBanner, TryExampleButton } from '../example/ExampleInterview'
import { CalendarExportButton } from '../followups/CalendarExportButton'

/** Long lists are cut, calmly: the first few steps matter most, the rest are one press away. */
const FIRST_ROWS = 25

function Group({
  title,
  rows,
  today,
  hint,
}: {
  title: string
  rows: AgendaRow[]
  today: string
  hint: string
}) {
  const id = `group-${title.toLowerCase().replace(/\W+/g, '-')}`
  const [all, setAll] = useState(false)
  const shown = all ? rows : rows.slice(0, FIRST_ROWS)
  return (
    <section className="agenda-group" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count">{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="empty-inline">{hint}</p>
      ) : (
        <ul className="action-list">
          {shown.map((r) => (
            <ActionItem
              key={`${r.interviewId}:${r.action.key}`}
              interviewId={r.interviewId}
              action={r.action}
              effectiveDue={r.effectiveDue}
              today={today}
              subject={{ company: r.company, role: r.role }}
            />
          ))}
        </ul>
      )}
      {shown.length < rows.length && (
        <Button className="button show-all" onPress={() => setAll(true)}>
          Show all {rows.length}
        </Button>
      )}
    </section>
  )
}

export function TodayScreen() {
  const today = useToday()
  const interviews = useInterviews()
  const heading = today.data ? (
    <>
      Today
      <span className="heading-sub">{format(parseISO(today.data.today), 'EEEE, MMMM d')}</span>
    </>
  ) : (
    'Today'
  )
  if (today.error || interviews.error) {
    return (
      <>
        <PageHeading>Today</PageHeading>
        <p role="alert" className="error-text">
          {errorMessage(today.error ?? interviews.error)}
        </p>
      </>
    )
  }
  if (!today.data || !interviews.data) return <PageHeading>Today</PageHeading>
  if (interviews.data.length === 0) {
    return (
      <>
        <PageHeading>{heading}</PageHeading>
        <div className="empty-state">
          <h2>Waiting to hear back?</h2>
          <p>
            Add the interview and Follow-Through will tell you, day by day, when to send a
            thank-you, when to check in and how, so the wait feels a little lighter.
          </p>
          <div className="empty-actions">
            <a className="button primary" href={href({ name: 'new-interview' })}>
              Add your first interview
            </a>
            <TryExampleButton />
          </div>
        </div>
      </>
    )
  }
  const { overdue, dueToday, upcoming } = today.data
  const allClear = overdue.length + dueToday.length === 0
  const example = interviews.data.find((i) => i.example)
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      {example && <ExampleBanner example={example} />}
      <div className="page-actions">
        <CalendarExportButton />
      </div>
      {allClear && (
        <p className="all-clear" role="status">
          Nothing to do today.{' '}
          {upcoming.length > 0
            ? 'Your next steps are below.'
            : 'Nothing is planned in the next two weeks either.'}
        </p>
      )}
      {overdue.length > 0 && (
        <Group title="Overdue" rows={overdue} today={today.data.today} hint="" />
      )}
      <Group
        title="Due today"
        rows={dueToday}
        today={today.data.today}
        hint="Nothing is due today."
      />
      <Group
        title="Next 14 days"
        rows={upcoming}
        today={today.data.today}
        hint="Nothing is planned for the next two weeks."
      />
    </>
  )
}
