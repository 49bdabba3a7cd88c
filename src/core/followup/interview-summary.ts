import type { Interview } from '../interview/schema'

/** What the tracker's list shows of one interview: no notes or other long text. */
export type InterviewSummary<Next> = Pick<
  Interview,
  | 'id'
  | 'company'
  | 'role'
  | 'interviewDate'
  | 'interviewTime'
  | 'outcome'
  | 'createdAt'
  | 'updatedAt'
> & {
  example?: true
  next: Next | null
  /** The text a search matches, already in the form `searchText` gives a query. */
  search: string
}

/**
 * Lower case without accents, so "Societe" finds "Société" and a search compares plain strings
 * instead of folding 10,000 rows on every keystroke. Not the locale's lower case: the host makes
 * the keys and the page folds the query, and their locales may differ (a Turkish "I").
 */
export function searchText(text: string): string {
  // Most names are plain ASCII, which has nothing to decompose: a fifth of the list's build.
  if (!NOT_ASCII.test(text)) return text.toLowerCase()
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}
const NOT_ASCII = /[^\p{ASCII}]/u

/** Company, role and the people met: what a user looks an interview up by. */
export function searchKey(i: Interview): string {
  return searchText(
    [
      i.company,
      i.role,
      i.recruiter?.name ?? '',
      i.recruiter?.agency ?? '',
      ...i.interviewers.map((p) => `${p.firstName} ${p.lastName}`),
    ].join('\n'),
  )
}

export function summarize<Next>(i: Interview, next: Next | null): InterviewSummary<Next> {
  return {
    id: i.id,
    company: i.company,
    role: i.role,
    interviewDate: i.interviewDate,
    interviewTime: i.interviewTime,
    outcome: i.outcome,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    ...(i.example ? { example: true as const } : {}),
    next,
    search: searchKey(i),
  }
}

// ISO dates and times compare as plain strings; localeCompare would cost ICU calls per pair.
const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)

/**
 * The tracker's order: newest interview first, then the latest time, then the newest entry. Ties
 * keep the order they were added in (sorts are stable; inserts go after their equals).
 */
export function newestInterviewFirst(
  a: Pick<Interview, 'id' | 'interviewDate' | 'interviewTime' | 'createdAt'>,
  b: Pick<Interview, 'id' | 'interviewDate' | 'interviewTime' | 'createdAt'>,
): number {
  return (
    desc(a.interviewDate, b.interviewDate) ||
    desc(a.interviewTime, b.interviewTime) ||
    desc(a.createdAt, b.createdAt)
  )
}
