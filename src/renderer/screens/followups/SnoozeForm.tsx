import { useState, type FormEvent } from 'react'
import type { ActionView } from '../../../contract/planner-api'
import { nextBusinessDayOnOrAfter } from '../../../core/followup/business-days'
import { useSettings } from '../../api/queries'
import { TextInput } from '../../components/TextInput'
import { formatDayShort } from '../../format'
import '../../reminders/reminders.css'
import { dayAfter, useActionCommands, type SnoozeChoice } from './use-action-commands'

interface Props {
  interviewId: string
  action: ActionView
  label: string
  today: string
  onClose(): void
}

/**
 * Snooze choices: an hour, tomorrow at the reminder time, the next business day, or a day and time
 * the user picks. The host works the presets out by its own clock and holidays.
 */
export function SnoozeForm({ interviewId, action, label, today, onClose }: Props) {
  const commands = useActionCommands()
  const { data: settings } = useSettings()
  const [until, setUntil] = useState(dayAfter(today))
  const [at, setAt] = useState('')
  const [error, setError] = useState('')
  const tomorrow = dayAfter(today)
  const reminderTime = settings?.reminderTime ?? '09:00'
  const nextBusiness = nextBusinessDayOnOrAfter(tomorrow, settings?.holidays ?? [])

  const snooze = async (choice: SnoozeChoice) => {
    if (await commands.snooze(interviewId, action, choice)) onClose()
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!until || until < today) return setError('Pick today or a later day.')
    if (until === today && !at) return setError('Pick a time later today, or a later day.')
    await snooze(at ? { until, at } : { until })
  }

  return (
    <form className="snooze-form" onSubmit={submit} aria-label={`Snooze ${label}`}>
      <div className="snooze-presets" role="group" aria-label="Quick snooze">
        <button
          type="button"
          className="button small"
          onClick={() => void snooze({ preset: 'hour' })}
        >
          1 hour
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => void snooze({ preset: 'tomorrow' })}
        >
          Tomorrow at {reminderTime}
        </button>
        {nextBusiness !== tomorrow && (
          <button
            type="button"
            className="button small"
            onClick={() => void snooze({ preset: 'next-business-day' })}
          >
            Next business day ({formatDayShort(nextBusiness)})
          </button>
        )}
      </div>
      <div className="snooze-pick">
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
        <TextInput
          label="At (optional)"
          name="at"
          type="time"
          value={at}
          onChange={(v) => {
            setAt(v)
            setError('')
          }}
          description={`Empty: at your reminder time, ${reminderTime}.`}
        />
        <button type="submit" className="button small primary">
          Snooze
        </button>
        <button type="button" className="button small" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  )
}
