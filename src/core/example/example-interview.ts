import type { AttemptDraftInput } from '../followup/attempt-schema'
import { addCalendarDays, isBusinessDay } from '../followup/business-days'
import type { InterviewDraftInput } from '../interview/schema'

/** Shown wherever the interview's company is, so the sample can never pass for a real one. */
export const EXAMPLE_COMPANY = 'Brightside Labs (example)'

export interface ExampleInterview {
  draft: InterviewDraftInput
  /** Logged after the interview is saved, so the plan shows one step done and one to do. */
  attempts: AttemptDraftInput[]
}

/**
 * A sample that shows the app at work: an interview a little over a week ago, its thank-you
 * already logged, and its first status check due today (or on the next business day), with an
 * interviewer named so the call script reads naturally.
 */
export function exampleInterview(today: string): ExampleInterview {
  // Eight days back, then to a weekday: the open-ended check (T4) then falls today or just after.
  let interviewDate = addCalendarDays(today, -8)
  while (!isBusinessDay(interviewDate, [])) interviewDate = addCalendarDays(interviewDate, -1)
  return {
    draft: {
      company: EXAMPLE_COMPANY,
      role: 'Product Manager',
      interviewDate,
      interviewTime: '10:00',
      round: 'first',
      interviewers: [
        {
          firstName: 'Jordan',
          lastName: 'Lee',
          title: 'Head of Product',
          email: 'jordan.lee@example.com',
          phone: '',
        },
      ],
      timeframe: { kind: 'open' },
      topics: 'Their plan to rebuild onboarding, and how the team runs user research.',
      strengths: 'Led a checkout redesign that lifted conversion by 12%.',
      notes:
        'This is an example to look around with. Try marking the check-in done, or practise the call. Remove it from Today when you are ready to add your own.',
    },
    attempts: [
      {
        kind: 'thank-you',
        date: interviewDate,
        channel: 'email',
        note: 'Thanked Jordan for the walk through the onboarding plans.',
      },
    ],
  }
}
