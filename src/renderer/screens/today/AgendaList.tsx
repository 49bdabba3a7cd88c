import { useEffect, useRef, useState } from 'react'
import type { AgendaRow } from '../../../contract/planner-api'
import { ActionItem } from '../followups/ActionItem'
import { useRowsInView } from '../interviews/use-rows-in-view'
import './agenda-list.css'

/** A step's height before it is measured. */
const ROW_ESTIMATE = 120

interface Props {
  rows: readonly AgendaRow[]
  /** How many the whole group holds; more than `rows` while pages are still coming. */
  total: number
  today: string
  label: string
  /** Asks for the next page; called when the end of what is loaded comes into view. */
  more?: () => void
}

const rowKey = (r: AgendaRow) => `${r.interviewId}:${r.action.key}`

/**
 * A long Today group, rendering only the steps in view inside its own scroll area. Each step says
 * its place in the whole group (aria-posinset / aria-setsize), and a step holding focus stays
 * rendered while the list scrolls away from it.
 */
export function AgendaList({ rows, total, today, label, more }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const [focused, setFocused] = useState<number | null>(null)
  const virtualizer = useRowsInView<HTMLLIElement>({
    count: rows.length,
    scroller,
    estimate: ROW_ESTIMATE,
    overscan: 4,
    kept: focused,
    key: (index) => rowKey(rows[index]!),
  })
  // It replaces the "Show all" button that had focus; focus moves here rather than to the page.
  useEffect(() => scroller.current?.focus({ preventScroll: true }), [])
  const items = virtualizer.getVirtualItems()
  const lastShown = items.at(-1)?.index ?? -1
  useEffect(() => {
    if (more && lastShown >= rows.length - 1) more()
  }, [more, lastShown, rows.length])

  const size = virtualizer.getTotalSize()
  let end = 0
  const body: React.ReactNode[] = []
  for (const v of items) {
    if (v.start > end)
      body.push(
        <li
          key={`gap-${v.index}`}
          aria-hidden="true"
          style={{ height: v.start - end }}
          className="agenda-gap"
        />,
      )
    const r = rows[v.index]!
    body.push(
      <ActionItem
        key={v.key}
        interviewId={r.interviewId}
        action={r.action}
        effectiveDue={r.effectiveDue}
        today={today}
        subject={{ company: r.company, role: r.role }}
        position={{ index: v.index, of: total, measure: virtualizer.measureElement }}
      />,
    )
    end = v.end
  }
  if (size > end)
    body.push(
      <li key="gap-end" aria-hidden="true" style={{ height: size - end }} className="agenda-gap" />,
    )

  return (
    <div
      className="agenda-scroll"
      ref={scroller}
      tabIndex={-1}
      onFocus={(e) => {
        const item = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]')
        if (item) setFocused(Number(item.dataset.index))
      }}
    >
      <ul className="action-list" aria-label={label}>
        {body}
      </ul>
    </div>
  )
}
