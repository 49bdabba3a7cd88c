import { stringify } from 'csv-stringify/sync'
import type { LoggedAttempt } from '../../core/followup/attempt-schema'
import type { Interview } from '../../core/interview/schema'

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / CR) as a formula: a company
 * name like "=HYPERLINK(...)" must stay text. A leading apostrophe is how they mark text.
 */
const cell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

const timeframeText = (t: Interview['timeframe']): string => {
  switch (t.kind) {
    case 'open':
      return 'none given'
    case 'date':
      return `by ${t.date}`
    case 'days':
      return `${t.days} ${t.business ? 'business ' : ''}days`
    case 'weeks':
      return `${t.weeks} weeks`
  }
}

const table = (header: string[], rows: unknown[][]) =>
  // A byte-order mark so spreadsheet apps read the file as UTF-8.
  '\uFEFF' + stringify([header, ...rows.map((r) => r.map(cell))], { record_delimiter: 'windows' })

export function interviewsCsv(interviews: readonly Interview[]): string {
  return table(
    [
      'Company',
      'Job title',
      'Interview date',
      'Time',
      'Round',
      'Outcome',
      'Interviewers',
      'Recruiter',
      'Timeframe',
      'Do not contact',
      'Preferred channel',
      'Topics',
      'Strengths',
      'Forgot to mention',
      'Accomplishment',
      'Notes',
      'Created',
      'Updated',
      'Id',
    ],
    interviews.map((i) => [
      i.company,
      i.role,
      i.interviewDate,
      i.interviewTime,
      i.round,
      i.outcome,
      i.interviewers.map((p) => `${p.firstName} ${p.lastName}`.trim()).join('; '),
      i.recruiter ? [i.recruiter.name, i.recruiter.agency].filter(Boolean).join(', ') : '',
      timeframeText(i.timeframe),
      i.doNotContact ? 'yes' : 'no',
      i.preferredChannel ?? '',
      i.topics,
      i.strengths,
      i.forgotten,
      i.accomplishment,
      i.notes,
      i.createdAt,
      i.updatedAt,
      i.id,
    ]),
  )
}

export function attemptsCsv(
  rows: readonly { interview: Interview; attempt: LoggedAttempt }[],
): string {
  return table(
    [
      'Company',
      'Job title',
      'What',
      'Date',
      'Channel',
      'Answered',
      'Outcome',
      'Note',
      'Logged',
      'Interview id',
    ],
    rows.map(({ interview, attempt }) => [
      interview.company,
      interview.role,
      attempt.kind,
      attempt.date,
      attempt.channel,
      attempt.answered ? 'yes' : 'no',
      attempt.outcome ?? '',
      attempt.note,
      attempt.createdAt,
      interview.id,
    ]),
  )
}
