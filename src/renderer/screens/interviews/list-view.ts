import type { InterviewListItem } from '../../../contract/tracker-api'
import { searchText } from '../../../core/followup/interview-summary'
import type { Outcome } from '../../../core/interview/schema'

export type SortKey = 'date-desc' | 'date-asc' | 'company' | 'updated' | 'next'

export interface ListView {
  query: string
  outcome: Outcome | 'all'
  sort: SortKey
}

type Row = InterviewListItem

// Interviews with nothing planned sort last: the list is about what to do.
const nextDue = (i: Row) => (i.next ? (i.next.snoozedUntil ?? i.next.due) : '9999-12-31')
// A collator compares far faster than localeCompare called pair by pair. Made when first
// sorted by name: a page's first Intl object costs it 25-35 ms, which opening the list need not.
let collator: Intl.Collator | undefined
const byName = () => (collator ??= new Intl.Collator(undefined, { sensitivity: 'base' }))
const asc = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const compare: Record<SortKey, (a: Row, b: Row) => number> = {
  'date-desc': (a, b) => asc(b.interviewDate, a.interviewDate),
  'date-asc': (a, b) => asc(a.interviewDate, b.interviewDate),
  company: (a, b) => byName().compare(a.company, b.company),
  updated: (a, b) => asc(b.updatedAt, a.updatedAt),
  next: (a, b) => asc(nextDue(a), nextDue(b)),
}

/**
 * Search matches company, role, interviewer and recruiter names, ignoring case and accents, on
 * the key the host prepared, so a keystroke compares plain strings. `list` is in the host's
 * order (newest interview first).
 */
export function applyView(list: readonly Row[], view: ListView): Row[] {
  const q = searchText(view.query.trim())
  const shown = list.filter(
    (i) => (view.outcome === 'all' || i.outcome === view.outcome) && (!q || i.search.includes(q)),
  )
  // The host sends the list newest first already; sorting 10,000 rows again costs a keystroke.
  return view.sort === 'date-desc' ? shown : shown.sort(compare[view.sort])
}
