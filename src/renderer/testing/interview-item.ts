import type { InterviewListItem } from '../../contract/tracker-api'
import { interviewSchema } from '../../core/interview/schema'

/** A tracker row as the host returns it: a valid interview (defaults filled) and its next step. */
export function interviewItem(
  id: string,
  company: string,
  next: InterviewListItem['next'] = null,
): InterviewListItem {
  const interview = interviewSchema.parse({
    id,
    company,
    role: 'Product Designer',
    interviewDate: '2026-03-02',
    interviewers: [{ firstName: 'Dana', lastName: 'Reyes' }],
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
  })
  return { ...interview, next }
}
