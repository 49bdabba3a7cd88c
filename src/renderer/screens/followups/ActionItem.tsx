import { useId, useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import type { ActionView } from '../../../contract/planner-api'
import { actionLabel } from '../../../core/followup/action-label'
import { href } from '../../app/router'
import { TextInput } from '../../components/TextInput'
import { ComposeLink } from '../messages/ComposeLink'
import { channelLabels } from '../../labels'
import { dueText } from './action-text'
import { PractiseCallLink } from './PractiseCallLink'
import { dayAfter, useActionCommands } from './use-action-commands'

interface Props {
  interviewId: string
  action: ActionView
  today: string
  effectiveDue: string
  /** Shown on the Today view, where rows come from many interviews. */
  subject?: { company: string; role: string }
}

/** One planned step with its reason and what the user can do about it. */
export function ActionItem({ interviewId, action, today, effectiveDue, subject }: Props) {
  const commands = useActionCommands()
  const [snoozing, setSnoozing] = useState(false)
  const [until, setUntil] = useState(dayAfter(today))
  const [error, setError] = useState('')
  const titleId = useId()
  const label = actionLabel(action)
  const overdue = effectiveDue < today

  const submitSnooze = async (e: FormEvent) => {
    e.preventDefault()
    if (!until || until <= today) return setError('Pick a day after today.')
    if (await commands.snooze(interviewId, action, until)) setSnoozing(false)
  }

  return (
    <li className={`action-item ${overdue ? 'is-overdue' : ''}`} aria-labelledby={titleId}>
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
          {action.snoozedUntil && <span className="muted"> · snoozed</span>}
          {action.channel && <span className="badge">{channelLabels[action.channel]}</span>}
        </p>
      </div>
      {snoozing ? (
        <form
          className="inline-form snooze-form"
          onSubmit={submitSnooze}
          aria-label={`Snooze ${label}`}
        >
          <TextInput
            label="Snooze until"
            name="until"
            type="date"
            value={until}
            onChange={(v) => {
              setUntil(v)
              setError('')
            }}
            error={error || undefined}
            autoFocus
          />
          <Button type="submit" className="button small primary">
            Snooze
          </Button>
          <Button className="button small" onPress={() => setSnoozing(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <div className="action-buttons">
          <ComposeLink
            interviewId={interviewId}
            action={action}
            label={`${label}${subject ? `, ${subject.company}` : ''}`}
          />
          <PractiseCallLink interviewId={interviewId} action={action} company={subject?.company} />
          <Button
            className="button small primary"
            aria-label={`Mark done: ${label}${subject ? `, ${subject.company}` : ''}`}
            onPress={() => void commands.markDone(interviewId, action, today)}
          >
            {action.kind === 'move-on' ? 'OK, moving on' : 'Mark done'}
          </Button>
          <Button
            className="button small"
            aria-label={`Snooze: ${label}${subject ? `, ${subject.company}` : ''}`}
            onPress={() => setSnoozing(true)}
          >
            Snooze…
          </Button>
          <Button
            className="button small subtle"
            aria-label={`Dismiss: ${label}${subject ? `, ${subject.company}` : ''}`}
            onPress={() => void commands.dismiss(interviewId, action)}
          >
            Dismiss
          </Button>
        </div>
      )}
    </li>
  )
}
