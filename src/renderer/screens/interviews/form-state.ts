import {
  interviewDraftSchema,
  type Interview,
  type InterviewDraftInput,
} from '../../../core/interview/schema'
import { fieldErrors } from '../../api/errors'

type Channel = 'email' | 'phone' | 'note'
type Workplace = 'digital' | 'phone' | 'personal'
export type TimeframeChoice = 'open' | 'date' | 'days' | 'business-days' | 'weeks'

export interface PersonRow {
  key: number
  firstName: string
  lastName: string
  title: string
  email: string
  phone: string
}

export interface FormState {
  company: string
  role: string
  interviewDate: string
  interviewTime: string
  round: Interview['round']
  outcome: Interview['outcome']
  interviewers: PersonRow[]
  viaRecruiter: boolean
  recruiter: { name: string; agency: string; phone: string; email: string }
  timeframe: TimeframeChoice
  timeframeDate: string
  timeframeCount: string
  doNotContact: boolean
  preferredChannel: Channel | ''
  workplace: Workplace | ''
  topics: string
  strengths: string
  forgotten: string
  accomplishment: string
  notes: string
  industryChange: string
  skillInProgress: string
  salaryRange: string
}

let nextKey = 1
export const newPerson = (): PersonRow => ({
  key: nextKey++,
  firstName: '',
  lastName: '',
  title: '',
  email: '',
  phone: '',
})

export function emptyForm(today: string): FormState {
  return {
    company: '',
    role: '',
    interviewDate: today,
    interviewTime: '',
    round: 'first',
    outcome: 'pending',
    interviewers: [newPerson()],
    viaRecruiter: false,
    recruiter: { name: '', agency: '', phone: '', email: '' },
    timeframe: 'open',
    timeframeDate: '',
    timeframeCount: '',
    doNotContact: false,
    preferredChannel: '',
    workplace: '',
    topics: '',
    strengths: '',
    forgotten: '',
    accomplishment: '',
    notes: '',
    industryChange: '',
    skillInProgress: '',
    salaryRange: '',
  }
}

export function formFromInterview(i: Interview): FormState {
  const tf = i.timeframe
  return {
    ...i,
    interviewers: i.interviewers.map((p) => ({ ...newPerson(), ...p })),
    viaRecruiter: i.recruiter !== null,
    recruiter: i.recruiter ?? { name: '', agency: '', phone: '', email: '' },
    timeframe: tf.kind === 'days' && tf.business ? 'business-days' : tf.kind,
    timeframeDate: tf.kind === 'date' ? tf.date : '',
    timeframeCount:
      tf.kind === 'days' ? String(tf.days) : tf.kind === 'weeks' ? String(tf.weeks) : '',
    preferredChannel: i.preferredChannel ?? '',
    workplace: i.workplace ?? '',
    industryChange: i.industryChange ?? '',
    skillInProgress: i.skillInProgress ?? '',
    salaryRange: i.salaryRange ?? '',
  }
}

const toCount = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))

function timeframe(s: FormState): InterviewDraftInput['timeframe'] {
  switch (s.timeframe) {
    case 'open':
      return { kind: 'open' }
    case 'date':
      return { kind: 'date', date: s.timeframeDate }
    case 'days':
      return { kind: 'days', days: toCount(s.timeframeCount) }
    case 'business-days':
      return { kind: 'days', days: toCount(s.timeframeCount), business: true }
    case 'weeks':
      return { kind: 'weeks', weeks: toCount(s.timeframeCount) }
  }
}

const isBlankPerson = (p: PersonRow) =>
  !p.firstName.trim() && !p.lastName.trim() && !p.title.trim() && !p.email.trim() && !p.phone.trim()

/** The draft the host will validate; blank interviewer rows are simply left out. */
export function toDraft(s: FormState): InterviewDraftInput {
  return {
    company: s.company,
    role: s.role,
    interviewDate: s.interviewDate,
    interviewTime: s.interviewTime,
    round: s.round,
    outcome: s.outcome,
    interviewers: s.interviewers
      .filter((p) => !isBlankPerson(p))
      .map(({ firstName, lastName, title, email, phone }) => ({
        firstName,
        lastName,
        title,
        email,
        phone,
      })),
    recruiter: s.viaRecruiter ? s.recruiter : null,
    timeframe: timeframe(s),
    doNotContact: s.doNotContact,
    preferredChannel: s.preferredChannel || null,
    workplace: s.workplace || null,
    topics: s.topics,
    strengths: s.strengths,
    forgotten: s.forgotten,
    accomplishment: s.accomplishment,
    notes: s.notes,
    industryChange: s.industryChange,
    skillInProgress: s.skillInProgress,
    salaryRange: s.salaryRange,
  }
}

/**
 * The form's name for a problem's path. Interviewer rows are keyed by their row, not their index
 * in the draft, because blank rows are dropped before validation; any timeframe part is one field.
 */
export function issueKey(s: FormState): (parts: string[]) => string {
  const kept = s.interviewers.filter((p) => !isBlankPerson(p))
  return (parts) => {
    if (parts[0] === 'timeframe') return 'timeframe'
    if (parts[0] === 'interviewers' && parts[1] !== undefined) {
      return `interviewers.${kept[Number(parts[1])]?.key ?? 0}.${parts[2] ?? ''}`
    }
    return parts.join('.')
  }
}

/** Problems keyed by form field, checked by the same schema the host uses. */
export function validateForm(s: FormState): Record<string, string> {
  const result = interviewDraftSchema.safeParse(toDraft(s))
  return result.success ? {} : fieldErrors(result.error, '', issueKey(s))
}

const nextRound: Record<Interview['round'], Interview['round']> = {
  'phone-screen': 'first',
  first: 'second',
  second: 'third',
  third: 'final',
  final: 'other',
  other: 'other',
}

/** A new interview for the next round: the same company, role and people; a fresh plan. */
export function nextRoundForm(previous: Interview, today: string): FormState {
  const base = formFromInterview(previous)
  const blank = emptyForm(today)
  return {
    ...blank,
    company: base.company,
    role: base.role,
    round: nextRound[previous.round],
    interviewers: base.interviewers.length ? base.interviewers : blank.interviewers,
    viaRecruiter: base.viaRecruiter,
    recruiter: base.recruiter,
    preferredChannel: base.preferredChannel,
    workplace: base.workplace,
    strengths: base.strengths,
    industryChange: base.industryChange,
    skillInProgress: base.skillInProgress,
    salaryRange: base.salaryRange,
  }
}
