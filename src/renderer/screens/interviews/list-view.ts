import type { InterviewListItem } from '../../../contract/tracker-api'
import type { Outcome } from '../../../core/interview/schema'

export type SortKey = 'date-desc' | 'date-asc' | 'company' | 'updated' | 'next'

export interface ListView {
  query: string
  outcome: Outcome | 'all'
  sort: SortKey
}

type Interview = InterviewListItem

// Interviews with nothing planned sort last: the list is about what to do.
const nextDue = (i: Interview) => (i.next ? (i.next.snoozedUntil ?? i.next.due) : '9999-12-31')

const compare: Record<SortKey, (a: Interview, b: Interview) => number> = {
  'date-desc': (a, b) => b.interviewDate.localeCompare(a.interviewDate),
  'date-asc': (a, b) => a.interviewDate.localeCompare(b.interviewDate),
  company: (a, b) => a.company.localeCompare(b.company, undefined, { sensitivity: 'base' }),
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  next: (a, b) => nextDue(a).localeCompare(nextDue(b)),
}

/** Search matches company, role, interviewer and recruiter names and notes, ignoring case. */
export function applyView(list: Interview[], view: ListView): Interview[] {
  const q = view.query.trim().toLocaleLowerCase()
  return list
    .filter((i) => view.outcome === 'all' || i.outcome === view.outcome)
    .filter(
      (i) =>
        !q ||
        [
          i.company,
          i.role,
          i.notes,
          i.recruiter?.name ?? '',
          i.recruiter?.agency ?? '',
          ...i.interviewers.map((p) => `${p.firstName} ${p.lastName}`),
        ].some((text) => text.toLocaleLowerCase().includes(q)),
    )
    .sort(compare[view.sort])
}
