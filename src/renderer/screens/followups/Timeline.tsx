import type { FollowUpView } from '../../../contract/planner-api'
import { actionLabel } from '../../../core/followup/action-label'
import type { Interview } from '../../../core/interview/schema'
import { formatDay, formatDayShort } from '../../format'
import { channelLabels, outcomeLabels } from '../../labels'
import { useActionCommands } from './use-action-commands'

type Entry = {
  date: string
  state: 'met' | 'done' | 'planned' | 'skipped'
  title: string
  detail?: string
  key: string
  onRestore?: () => void
  onDelete?: () => void
}

const stateText: Record<Entry['state'], string> = {
  met: 'Interview',
  done: 'Done',
  planned: 'Planned',
  skipped: 'Skipped',
}

const attemptTitle: Record<string, string> = {
  'thank-you': 'Thank-you sent',
  'recruiter-debrief': 'Debriefed with the recruiter',
  'status-check': 'Checked on the status',
}

interface Props {
  interview: Interview
  view: FollowUpView
  onDeleteAttempt: (attemptId: string) => void
}

/** What happened and what is planned, in date order, so the whole story reads top to bottom. */
export function Timeline({ interview, view, onDeleteAttempt }: Props) {
  const commands = useActionCommands()
  const entries: Entry[] = [
    {
      date: interview.interviewDate,
      state: 'met',
      title: `Interviewed for ${interview.role}`,
      key: 'met',
    },
    ...view.attempts.map((a): Entry => ({
      date: a.date,
      state: 'done',
      title: `${attemptTitle[a.kind]} (${channelLabels[a.channel].toLowerCase()})`,
      detail: [
        a.answered
          ? a.outcome && a.outcome !== 'pending'
            ? `They answered: ${outcomeLabels[a.outcome]}`
            : a.decisionBy
              ? `They answered: they expect to decide by ${formatDayShort(a.decisionBy)}`
              : 'They answered'
          : 'No answer yet',
        a.note,
      ]
        .filter(Boolean)
        .join(' · '),
      key: a.id,
      onDelete: () => onDeleteAttempt(a.id),
    })),
    ...view.dismissed.map((a): Entry => ({
      date: a.due,
      state: 'skipped',
      title: actionLabel(a),
      key: `skipped-${a.key}`,
      onRestore: () => void commands.restore(interview.id, a),
    })),
    ...view.actions.map((a): Entry => ({
      date: a.snoozedUntil ?? a.due,
      state: 'planned',
      title: actionLabel(a),
      detail: a.reason,
      key: `planned-${a.key}`,
    })),
  ]
  const order: Record<Entry['state'], number> = { met: 0, done: 1, skipped: 2, planned: 3 }
  entries.sort((a, b) => a.date.localeCompare(b.date) || order[a.state] - order[b.state])

  return (
    <ol className="timeline" aria-label="Timeline">
      {entries.map((e) => (
        <li key={e.key} className={`timeline-item state-${e.state}`}>
          <span className="timeline-date">{formatDay(e.date)}</span>
          <span className="timeline-state">{stateText[e.state]}</span>
          <span className="timeline-title">{e.title}</span>
          {e.detail && <span className="timeline-detail">{e.detail}</span>}
          {e.onRestore && (
            <button
              type="button"
              className="button small"
              aria-label={`Bring back: ${e.title}`}
              onClick={e.onRestore}
            >
              Bring back
            </button>
          )}
          {e.onDelete && (
            <button
              type="button"
              className="button small subtle"
              aria-label={`Remove from log: ${e.title}, ${formatDay(e.date)}`}
              onClick={e.onDelete}
            >
              Remove
            </button>
          )}
        </li>
      ))}
    </ol>
  )
}
