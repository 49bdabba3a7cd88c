import { lazy, startTransition, Suspense, useEffect, useState } from 'react'
import type { AgendaRow } from '../../../contract/planner-api'
import type { AgendaGroup } from '../../../core/followup/agenda-index'
import { errorMessage } from '../../api/errors'
import { afterNextPaint } from '../../after-paint'
import { formatDayLong } from '../../format'
import { useAgendaPages, useToday } from '../../api/queries'
import { href } from '../../routing/router'
import { PageHeading } from '../../components/PageHeading'
import { ActionCommandsProvider } from '../followups/ActionCommands'
import { ActionItem } from '../followups/ActionItem'
import { ExampleBanner, TryExampleButton } from '../example/ExampleInterview'
import { CalendarExportButton } from '../followups/CalendarExportButton'

/**
 * Long lists are cut, calmly: the first few steps matter most (the host sends only those), the
 * rest are one press away and come page by page into a list that renders what is in view.
 */
/** Up to this many steps render as a plain list; more scroll in a list that renders what is in view. */
const RENDER_ALL_UP_TO = 100
/**
 * Rows in Today's first frame, counted from the top across the groups: more than a tall window
 * shows. The rest of the first page follows once that frame is painted, in a transition (which
 * yields to the browser), so the top of the screen is not held for 75 rows mostly below it.
 */
const FIRST_FRAME_ROWS = 8
// Only a group of more than RENDER_ALL_UP_TO steps needs the virtualiser: it stays off the first screen.
const AgendaList = lazy(() => import('./AgendaList').then((m) => ({ default: m.AgendaList })))

function Steps({ rows, today }: { rows: AgendaRow[]; today: string }) {
  return (
    <ul className="action-list">
      {rows.map((r) => (
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
  )
}

/** Every step of a group, page by page, once "Show all" was pressed. */
function AllSteps({
  group,
  first,
  count,
  today,
  title,
}: {
  group: AgendaGroup
  first: AgendaRow[]
  count: number
  today: string
  title: string
}) {
  const pages = useAgendaPages(group, true)
  const loaded = pages.data?.pages.flatMap((p) => p.rows)
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages
  const more = hasNextPage && !isFetchingNextPage ? () => void fetchNextPage() : undefined
  return (
    <>
      {loaded && count > RENDER_ALL_UP_TO ? (
        <Suspense fallback={<p className="muted">Loading the rest…</p>}>
          <AgendaList rows={loaded} total={count} today={today} label={title} more={more} />
        </Suspense>
      ) : (
        <Steps rows={loaded ?? first} today={today} />
      )}
      {pages.error && (
        <p role="alert" className="error-text">
          {errorMessage(pages.error)}
        </p>
      )}
    </>
  )
}

function Group({
  group,
  title,
  rows,
  count,
  today,
  hint,
  firstFrameRows,
}: {
  group: AgendaGroup
  title: string
  rows: AgendaRow[]
  count: number
  today: string
  hint: string
  /** How many of its rows the first frame shows (the groups above may fill it). */
  firstFrameRows: number
}) {
  const id = `group-${title.toLowerCase().replace(/\W+/g, '-')}`
  const [all, setAll] = useState(false)
  const [firstFrame, setFirstFrame] = useState(true)
  useEffect(() => afterNextPaint(() => startTransition(() => setFirstFrame(false))), [])
  return (
    <section className="agenda-group" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count">{count}</span>
      </h2>
      {count === 0 ? (
        <p className="empty-inline">{hint}</p>
      ) : all ? (
        <AllSteps group={group} first={rows} count={count} today={today} title={title} />
      ) : (
        <Steps rows={firstFrame ? rows.slice(0, firstFrameRows) : rows} today={today} />
      )}
      {!all && rows.length < count && (
        <button type="button" className="button show-all" onClick={() => setAll(true)}>
          Show all {count}
        </button>
      )}
    </section>
  )
}

export function TodayScreen() {
  const today = useToday()
  const heading = today.data ? (
    <>
      Today
      <span className="heading-sub">{formatDayLong(today.data.today)}</span>
    </>
  ) : (
    'Today'
  )
  if (today.error) {
    return (
      <>
        <PageHeading>Today</PageHeading>
        <p role="alert" className="error-text">
          {errorMessage(today.error)}
        </p>
      </>
    )
  }
  if (!today.data) return <PageHeading>Today</PageHeading>
  if (today.data.empty) {
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
  const { overdue, dueToday, upcoming, counts, example } = today.data
  const allClear = counts.overdue + counts.dueToday === 0
  const afterOverdue = Math.max(0, FIRST_FRAME_ROWS - overdue.length)
  const afterDueToday = Math.max(0, afterOverdue - dueToday.length)
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
          {counts.upcoming > 0
            ? 'Your next steps are below.'
            : 'Nothing is planned in the next two weeks either.'}
        </p>
      )}
      <ActionCommandsProvider>
        {counts.overdue > 0 && (
          <Group
            group="overdue"
            title="Overdue"
            rows={overdue}
            count={counts.overdue}
            today={today.data.today}
            hint=""
            firstFrameRows={FIRST_FRAME_ROWS}
          />
        )}
        <Group
          group="dueToday"
          title="Due today"
          rows={dueToday}
          count={counts.dueToday}
          today={today.data.today}
          hint="Nothing is due today."
          firstFrameRows={afterOverdue}
        />
        <Group
          group="upcoming"
          title="Next 14 days"
          rows={upcoming}
          count={counts.upcoming}
          today={today.data.today}
          hint="Nothing is planned for the next two weeks."
          firstFrameRows={afterDueToday}
        />
      </ActionCommandsProvider>
    </>
  )
}
