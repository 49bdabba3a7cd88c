import type { InterviewListItem } from '../../contract/tracker-api'
import { summarize } from '../../core/followup/interview-summary'
import { interviewSchema, type Interview } from '../../core/interview/schema'

/** A valid interview (defaults filled), as getInterview returns it. */
export function interviewRecord(id: string, company: string): Interview {
  return interviewSchema.parse({
    id,
    company,
    role: 'Product Designer',
    interviewDate: '2026-03-02',
    interviewers: [{ firstName: 'Dana', lastName: 'Reyes' }],
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
  })
}

/** A tracker row as the host returns it: the interview's summary and its next step. */
export function interviewItem(
  id: string,
  company: string,
  next: InterviewListItem['next'] = null,
): InterviewListItem {
  return summarize(interviewRecord(id, company), next)
}
