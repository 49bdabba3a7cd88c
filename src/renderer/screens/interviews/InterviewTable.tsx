import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { InterviewListItem } from '../../../contract/tracker-api'
import { actionLabel } from '../../../core/followup/action-label'
import { href, navigate } from '../../routing/router'
import { formatDay } from '../../format'
import { outcomeLabels } from '../../labels'
import { dueText } from '../followups/action-text'
import { rowAfterKey } from './row-keys'
import { useRowsInView } from './use-rows-in-view'
import './interview-table.css'

/**
 * Every row's height, fixed in interview-table.css: rows are never measured, so
 * rendering or filtering the list never forces a layout in the middle of a frame.
 */
const ROW_HEIGHT = 60

interface RowProps {
  item: InterviewListItem
  index: number
  today: string
  focusable: boolean
  onRemove: (item: InterviewListItem) => void
}

/** One interview; memoised, so typing in the search re-renders only rows that change. */
const InterviewRow = memo(function InterviewRow({
  item: i,
  index,
  today,
  focusable,
  onRemove,
}: RowProps) {
  const due = i.next ? (i.next.snoozedUntil ?? i.next.due) : null
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={focusable ? 0 : -1}
      onClick={() => navigate({ name: 'interview', id: i.id })}
    >
      <th scope="row">
        <a href={href({ name: 'interview', id: i.id })} onClick={(e) => e.stopPropagation()}>
          {i.company}
        </a>
      </th>
      <td>{i.role}</td>
      <td>{formatDay(i.interviewDate)}</td>
      <td>
        <span className={`badge outcome-${i.outcome}`}>{outcomeLabels[i.outcome]}</span>
      </td>
      <td>
        {i.next && due ? (
          <>
            <span className="next-label">{actionLabel(i.next)}</span>
            <span className={`next-due ${due < today ? 'overdue' : ''}`}>
              {dueText(due, today)}
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
        <button
          type="button"
          className="button small danger"
          aria-label={`Delete ${i.company}`}
          onClick={() => onRemove(i)}
        >
          Delete
        </button>
      </td>
    </tr>
  )
})

interface Props {
  rows: readonly InterviewListItem[]
  today: string
  onRemove: (item: InterviewListItem) => void
}

/**
 * The tracker's table, rendering only the rows in view. Screen readers still hear the whole size
 * (aria-rowcount, aria-rowindex). One row is in the Tab order; Up, Down, Page Up, Page Down, Home
 * and End move between rows, Enter opens one, and the focused row stays rendered while scrolling.
 */
export const InterviewTable = memo(function InterviewTable({ rows, today, onRemove }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const moved = useRef(false)
  const current = Math.min(active, rows.length - 1)
  const virtualizer = useRowsInView<HTMLTableRowElement>({
    count: rows.length,
    scroller,
    estimate: ROW_HEIGHT,
    overscan: 8,
    kept: current,
    key: (index) => rows[index]!.id,
  })

  // Focus follows the keys only after a key press, never when the list merely re-renders.
  useEffect(() => {
    if (!moved.current) return
    scroller.current?.querySelector<HTMLElement>(`tr[data-index="${current}"]`)?.focus()
    moved.current = false
  }, [current])

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const row = (e.target as HTMLElement).closest('tr')
    if (!row || e.target !== row) return
    const from = Number(row.dataset.index)
    if (e.key === 'Enter') {
      e.preventDefault()
      navigate({ name: 'interview', id: rows[from]!.id })
      return
    }
    const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1)
    const to = rowAfterKey(e.key, from, rows.length, pageRows)
    if (to === null) return
    e.preventDefault()
    setActive(to)
    moved.current = true
    virtualizer.scrollToIndex(to, { align: 'auto' })
  }

  const items = virtualizer.getVirtualItems()
  const total = virtualizer.getTotalSize()
  let end = 0
  const body: React.ReactNode[] = []
  for (const v of items) {
    if (v.start > end) body.push(<Spacer key={`gap-${v.index}`} height={v.start - end} />)
    body.push(
      <InterviewRow
        // Keyed by interview, not by place: a row keyed by place became another interview's
        // while its buttons stayed under the pointer or the focus (clearing a search, then
        // Delete, deleted the interview that slid into that place).
        key={rows[v.index]!.id}
        item={rows[v.index]!}
        index={v.index}
        today={today}
        focusable={v.index === current}
        onRemove={onRemove}
      />,
    )
    end = v.end
  }
  if (total > end) body.push(<Spacer key="gap-end" height={total - end} />)

  return (
    <div
      className="interview-table-scroll"
      ref={scroller}
      onFocus={(e) => {
        const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-index]')
        if (row) setActive(Number(row.dataset.index))
      }}
    >
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">Your interviews</caption>
        <thead>
          <tr aria-rowindex={1}>
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
        <tbody onKeyDown={onKeyDown}>{body}</tbody>
      </table>
    </div>
  )
})

/** Stands in for the rows not rendered, so the scrollbar matches the whole list. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="row-spacer">
      <td colSpan={6} style={{ height }} />
    </tr>
  )
}
