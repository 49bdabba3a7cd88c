import { useState, type FormEvent } from 'react'
import type { AttemptDraftInput } from '../../../core/followup/attempt-schema'
import type { Interview } from '../../../core/interview/schema'
import { getClient } from '../../api/client'
import { errorMessage, fieldErrors } from '../../api/errors'
import { refreshFollowUps } from '../../api/queries'
import { href } from '../../app/router'
import { FormBanner } from '../../components/FormBanner'
import { SelectInput } from '../../components/SelectInput'
import { answerOptions, type Answer } from '../../labels'
import { TextInput } from '../../components/TextInput'
import { localToday } from '../../format'

interface Props {
  interviews: Interview[]
  interviewId: string
  /** A voicemail is a call nobody answered. */
  answered: boolean
  note: string
}

/** After a real call made with the script: logs it as a phone status check on the interview. */
export function LogCallForm({ interviews, interviewId, answered: answeredAtFirst, note }: Props) {
  const [chosen, setChosen] = useState(interviewId || interviews[0]?.id || '')
  const [date, setDate] = useState(localToday())
  const [answered, setAnswered] = useState(answeredAtFirst)
  const [answer, setAnswer] = useState<Answer>('none')
  const [text, setText] = useState(note)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const [logged, setLogged] = useState<Interview | null>(null)

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
        Logged a phone status check with {logged.company}.{' '}
        <a href={href({ name: 'interview', id: logged.id })}>See the interview</a>
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
      answered,
      outcome: answered && answer !== 'none' ? answer : null,
    }
    setSaving(true)
    try {
      await getClient().logAttempt({ interviewId: chosen, attempt })
      await refreshFollowUps()
      setLogged(interviews.find((i) => i.id === chosen) ?? null)
    } catch (err) {
      setErrors({ ...fieldErrors(err, 'attempt.'), form: errorMessage(err) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="log-call" aria-labelledby="log-call-heading" onSubmit={submit}>
      <h3 id="log-call-heading">Made the real call? Log it</h3>
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
      <label className="checkbox">
        <input type="checkbox" checked={answered} onChange={(e) => setAnswered(e.target.checked)} />
        They answered (not voicemail)
      </label>
      {answered && (
        <SelectInput
          label="What did they tell you?"
          value={answer}
          onChange={setAnswer}
          options={answerOptions}
        />
      )}
      <TextInput label="Note" name="call-note" multiline value={text} onChange={setText} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Logging…' : 'Log this call'}
        </button>
      </div>
    </form>
  )
}
