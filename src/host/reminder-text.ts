import { format, parseISO } from 'date-fns'
import { actionLabel } from '../core/followup/action-label'
import type { Interview } from '../core/interview/schema'
import type { AgendaRow } from '../contract/planner-api'
import type { ReminderNotification } from './ports'

const MAX_NAMED = 3

const day = (iso: string) => format(parseISO(iso), 'EEE, MMM d')

function fullName(p: { firstName: string; lastName: string }): string {
  return [p.firstName, p.lastName].filter(Boolean).join(' ')
}

/** Who the step is addressed to: the recruiter for a debrief or (T11) a check through them. */
export function addressee(interview: Interview | undefined, row: AgendaRow): string | null {
  const kind = row.action.kind
  if (kind === 'move-on') return null
  const recruiter = interview?.recruiter
  if (recruiter && (kind === 'recruiter-debrief' || kind === 'status-check')) {
    return `your recruiter, ${recruiter.name}${recruiter.agency ? ` (${recruiter.agency})` : ''}`
  }
  const names = (interview?.interviewers ?? []).map(fullName)
  if (names.length === 0) return `the team at ${row.company}`
  if (names.length === 1) return names[0]!
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** One step: what to do and how (the title), for whom, for which interview and why (the body). */
export function singleReminder(
  row: AgendaRow,
  interview: Interview | undefined,
  today: string,
): ReminderNotification {
  const to = addressee(interview, row)
  const when = interview ? ` on ${day(interview.interviewDate)}` : ''
  const about = `${to ? `For ${to}, about` : 'About'} the ${row.role} interview${when}.`
  const late = row.action.due < today ? ` Due since ${day(row.action.due)}.` : ''
  return {
    title: `${actionLabel(row.action)} · ${row.company}`,
    body: `${about}${late} ${row.action.reason}`,
    interviewId: row.interviewId,
    actionKey: row.action.key,
  }
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** Several steps at once (a catch-up, or a busy morning): one calm summary that opens Today. */
export function summaryReminder(rows: AgendaRow[]): ReminderNotification {
  const named = rows
    .slice(0, MAX_NAMED)
    .map((r) => `${r.company}: ${lowerFirst(actionLabel(r.action))}`)
  const more = rows.length > MAX_NAMED ? `, and ${rows.length - MAX_NAMED} more` : ''
  return {
    title: `${rows.length} follow-ups are due`,
    body: `${named.join('; ')}${more}. Open Today to see them.`,
  }
}
