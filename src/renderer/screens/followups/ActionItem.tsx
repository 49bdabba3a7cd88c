import { useId, useState } from 'react'
import type { ActionView } from '../../../contract/planner-api'
import { actionLabel } from '../../../core/followup/action-label'
import { href } from '../../routing/router'
import { channelLabels } from '../../labels'
import { ComposeLink } from '../messages/ComposeLink'
import { dueText } from './action-text'
import { PractiseCallLink } from './PractiseCallLink'
import { SnoozeForm } from './SnoozeForm'
import { useListCommands } from './ActionCommands'
import { snoozeText } from './use-action-commands'

interface Props {
  interviewId: string
  action: ActionView
  today: string
  effectiveDue: string
  /** Shown on the Today view, where rows come from many interviews. */
  subject?: { company: string; role: string }
  /** In a long list that renders only part of itself: the place to announce, and a measure. */
  position?: { index: number; of: number; measure: (node: HTMLLIElement | null) => void }
}

/** One planned step with its reason and what the user can do about it. */
export function ActionItem({ interviewId, action, today, effectiveDue, subject, position }: Props) {
  const commands = useListCommands()
  const [snoozing, setSnoozing] = useState(false)
  const titleId = useId()
  const label = actionLabel(action)
  const overdue = effectiveDue < today

  return (
    <li
      className={`action-item ${overdue ? 'is-overdue' : ''}`}
      aria-labelledby={titleId}
      // A notification's click lands here (see show-reminder.ts).
      data-step={subject ? undefined : action.key}
      tabIndex={subject ? undefined : -1}
      ref={position?.measure}
      data-index={position?.index}
      aria-posinset={position && position.index + 1}
      aria-setsize={position?.of}
    >
      <div className="action-main">
        <p className="action-title" id={titleId}>
          {subject && (
            <>
              <a href={href({ name: 'interview', id: interviewId })}>{subject.company}</a>
              <span className="muted"> · {subject.role} · </span>
            </>
          )}
          <strong>{label}</strong>
        </p>
        <p className="action-reason">{action.reason}</p>
        <p className="action-meta">
          <span className={overdue ? 'due overdue' : 'due'}>{dueText(effectiveDue, today)}</span>
          {action.snoozedUntil && (
            <span className="muted">
              {' '}
              · snoozed{action.snoozeTime ? ` until ${snoozeText(action, today)}` : ''}
            </span>
          )}
          {action.channel && <span className="badge">{channelLabels[action.channel]}</span>}
        </p>
      </div>
      {snoozing ? (
        <SnoozeForm
          interviewId={interviewId}
          action={action}
          label={label}
          today={today}
          onClose={() => setSnoozing(false)}
        />
      ) : (
        <div className="action-buttons">
          <ComposeLink
            interviewId={interviewId}
            action={action}
            label={`${label}${subject ? `, ${subject.company}` : ''}`}
          />
          <PractiseCallLink interviewId={interviewId} action={action} company={subject?.company} />
          <button
            type="button"
            className="button small primary"
            aria-label={`Mark done: ${label}${subject ? `, ${subject.company}` : ''}`}
            onClick={() => void commands.markDone(interviewId, action, today)}
          >
            {action.kind === 'move-on' ? 'OK, moving on' : 'Mark done'}
          </button>
          <button
            type="button"
            className="button small"
            aria-label={`Snooze: ${label}${subject ? `, ${subject.company}` : ''}`}
            onClick={() => setSnoozing(true)}
          >
            Snooze…
          </button>
          <button
            type="button"
            className="button small subtle"
            aria-label={`Dismiss: ${label}${subject ? `, ${subject.company}` : ''}`}
            onClick={() => void commands.dismiss(interviewId, action)}
          >
            Dismiss
          </button>
        </div>
      )}
    </li>
  )
}
