import { longDay } from '../../../core/followup/day-text'
import type { Interview } from '../../../core/interview/schema'
import type { MergeValues } from '../../../core/script/merge-fields'
import type { Settings } from '../../../core/settings/schema'

/** "Monday, March 2": how people say the day they met on the phone. */
export const spokenDay = longDay

/** The values a script's {{fields}} are filled from: the chosen interview and the user's details. */
export function mergeValuesFor(
  interview: Interview | undefined,
  profile: Settings['profile'] | undefined,
): MergeValues {
  const person = interview?.interviewers[0]
  return {
    interviewerFirstName: person?.firstName ?? '',
    interviewerLastName: person?.lastName ?? '',
    company: interview?.company ?? '',
    role: interview?.role ?? '',
    interviewDay: interview ? spokenDay(interview.interviewDate) : '',
    yourName: profile?.name ?? '',
    yourPhone: profile?.phone ?? '',
    yourEmail: profile?.email ?? '',
    industryChange: interview?.industryChange ?? '',
    skillInProgress: interview?.skillInProgress ?? '',
    salaryRange: interview?.salaryRange ?? '',
  }
}
