import { useState, type FormEvent } from 'react'
import { attemptDraftSchema, type AttemptDraftInput } from '../../../core/followup/attempt-schema'
import type { Interview } from '../../../core/interview/schema'
import type { CallLogPreset } from '../../../core/script/call-outcome'
import { getClient } from '../../api/client'
import { errorMessage, fieldErrors } from '../../api/errors'
import { refreshFollowUps, useToday } from '../../api/queries'
import { href } from '../../app/router'
import { FormBanner } from '../../components/FormBanner'
import { SelectInput } from '../../components/SelectInput'
import { TextInput } from '../../components/TextInput'
import { localToday } from '../../format'
import { answerOptions } from '../../labels'
import { AnswerFields } from '../followups/AnswerFields'
import { answerDraft, type AnswerState } from '../followups/answer-state'
import { EarlyCheckNote } from '../followups/EarlyCheckNote'

interface Props {
  interviews: readonly Pick<Interview, 'id' | 'company' | 'role'>[]
  interviewId: string
  /** What the branch reached suggests; the user can change every part of it. */
  preset: CallLogPreset
  note: string
}

function presetText(p: CallLogPreset): string {
  if (!p.answered) return 'You didn’t reach them on this branch, so it is set to no answer.'
  const said = answerOptions.find(([value]) => value === p.outcome)?.[1]
  if (said) return `This branch ends with “${said}”, so the log is set to that.`
  if (p.gaveDate) return 'On this branch they gave a date: enter the one they said.'
  return 'On this branch they answered but haven’t decided yet.'
}

/** After a real call made with the script: logs it as a phone status check on the interview. */
export function LogCallForm({ interviews, interviewId, preset, note }: Props) {
  const [chosen, setChosen] = useState(interviewId || interviews[0]?.id || '')
  // The host's day, like the rest of the plan (it differs from this machine's under a test clock).
  const hostToday = useToday().data?.today
  const [typed, setDate] = useState<string | null>(null)
  const date = typed ?? hostToday ?? localToday()
  const [answer, setAnswer] = useState<AnswerState>({
    answered: preset.answered,
    answer: preset.outcome ?? 'none',
    gaveDate: preset.gaveDate,
    decisionBy: '',
  })
  const [text, setText] = useState(note)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const [logged, setLogged] = useState<{
    interview: Pick<Interview, 'id' | 'company'>
    decided: boolean
  } | null>(null)

  if (interviews.length === 0) {
    return (
      <p className="muted">
        Made the real call? <a href={href({ name: 'new-interview' })}>Add the interview</a> to log
        it and plan what comes next.
      </p>
    )
  }
  if (logged) {
    return (
      <p role="status" className="logged">
        Logged a phone status check with {logged.interview.company}.
        {logged.decided ? ' Nothing more is planned for it.' : ' Your plan is updated.'}{' '}
        <a href={href({ name: 'interview', id: logged.interview.id })}>See the interview</a>
      </p>
    )
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const attempt: AttemptDraftInput = {
      kind: 'status-check',
      date,
      channel: 'phone',
      note: text,
      ...answerDraft('status-check', answer),
    }
    const checked = attemptDraftSchema.safeParse(attempt)
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), i.message])))
      return
    }
    setSaving(true)
    try {
      await getClient().logAttempt({ interviewId: chosen, attempt })
      await refreshFollowUps()
      const interview = interviews.find((i) => i.id === chosen)
      if (interview) setLogged({ interview, decided: !!attempt.outcome })
    } catch (err) {
      setErrors({ ...fieldErrors(err, 'attempt.'), form: errorMessage(err) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="log-call" aria-labelledby="log-call-heading" onSubmit={submit} noValidate>
      <h3 id="log-call-heading">Made the real call? Log it</h3>
      <p className="log-preset">{presetText(preset)} Change anything that went differently.</p>
      <FormBanner message={errors.form} />
      <div className="grid-2">
        <SelectInput
          label="Interview"
          value={chosen}
          onChange={setChosen}
          options={interviews.map((i) => [i.id, `${i.company} · ${i.role}`] as const)}
        />
        <TextInput
          label="Date of the call"
          name="call-date"
          type="date"
          value={date}
          onChange={setDate}
          error={errors.date}
        />
      </div>
      {chosen && <EarlyCheckNote interviewId={chosen} kind="status-check" date={date} />}
      <AnswerFields
        kind="status-check"
        value={answer}
        onChange={setAnswer}
        answeredLabel="They answered (not voicemail)"
        errors={errors}
      />
      <TextInput label="Note" name="call-note" multiline value={text} onChange={setText} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Logging…' : 'Log this call'}
        </button>
      </div>
    </form>
  )
}
