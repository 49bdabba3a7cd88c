import { useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import type { AttemptDraftInput } from '../../../core/followup/attempt-schema'
import { attemptDraftSchema } from '../../../core/followup/attempt-schema'
import { getClient } from '../../api/client'
import { errorMessage, fieldErrors } from '../../api/errors'
import { refreshFollowUps } from '../../api/queries'
import { navigate } from '../../app/router'
import { FormBanner } from '../../components/FormBanner'
import { SelectInput } from '../../components/SelectInput'
import { TextInput } from '../../components/TextInput'
import { useToast } from '../../components/Toasts'
import { channelLabels } from '../../labels'
import { AnswerFields } from './AnswerFields'
import { answerDraft, noAnswer, type AnswerState } from './answer-state'
import { EarlyCheckNote } from './EarlyCheckNote'

type Kind = AttemptDraftInput['kind']
type Channel = AttemptDraftInput['channel']
const kindOptions: [Kind, string][] = [
  ['status-check', 'Checked on the status'],
  ['thank-you', 'Sent a thank-you'],
  ['recruiter-debrief', 'Debriefed with the recruiter'],
]

interface Props {
  interviewId: string
  today: string
  onDone: () => void
}

/** Records a follow-up the user made; the plan moves as soon as it is saved. */
export function LogAttemptForm({ interviewId, today, onDone }: Props) {
  const toast = useToast()
  const [kind, setKind] = useState<Kind>('status-check')
  const [date, setDate] = useState(today)
  const [channel, setChannel] = useState<Channel>('email')
  const [note, setNote] = useState('')
  const [answer, setAnswer] = useState<AnswerState>(noAnswer)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const attempt: AttemptDraftInput = { kind, date, channel, note, ...answerDraft(kind, answer) }
    const checked = attemptDraftSchema.safeParse(attempt)
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), i.message])))
      return
    }
    setSaving(true)
    try {
      await getClient().logAttempt({ interviewId, attempt })
      await refreshFollowUps()
      toast(
        attempt.outcome === 'next-round'
          ? {
              message:
                'Congratulations on the next round! Add it so its follow-ups are planned too.',
              ms: 15_000,
              action: {
                label: 'Add next round',
                run: () => navigate({ name: 'next-round', id: interviewId }),
              },
            }
          : { message: 'Logged. Your plan is updated.' },
      )
      onDone()
    } catch (err) {
      setErrors({ ...fieldErrors(err, 'attempt.'), form: errorMessage(err) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="log-form" onSubmit={submit} aria-label="Log a follow-up" noValidate>
      <FormBanner message={errors.form} />
      <div className="grid-3">
        <SelectInput
          label="What did you do?"
          value={kind}
          onChange={setKind}
          options={kindOptions}
          error={errors.kind}
        />
        <TextInput
          label="When"
          name="attempt-date"
          type="date"
          value={date}
          onChange={setDate}
          error={errors.date}
          isRequired
          autoFocus
        />
        <SelectInput
          label="How"
          value={channel}
          onChange={setChannel}
          options={Object.entries(channelLabels) as [Channel, string][]}
          error={errors.channel}
        />
      </div>
      <EarlyCheckNote interviewId={interviewId} kind={kind} date={date} />
      <TextInput
        multiline
        label="Note (optional)"
        name="attempt-note"
        value={note}
        onChange={setNote}
        error={errors.note}
      />
      <AnswerFields kind={kind} value={answer} onChange={setAnswer} errors={errors} />
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={saving}>
          {saving ? 'Saving…' : 'Save to the log'}
        </Button>
        <Button className="button" onPress={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
