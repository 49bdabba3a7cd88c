import { useState, type FormEvent } from 'react'
import { attemptDraftSchema, type AttemptDraftInput } from '../../../core/followup/attempt-schema'
import type { Interview } from '../../../core/interview/schema'
import type { CallLogPreset } from '../../../core/script/call-outcome'
import { fieldErrors, formErrors } from '../../api/errors'
import { rememberFollowUps, useWrite } from '../../api/mutations'
import { FormBanner } from '../../components/FormBanner'
import { SelectInput } from '../../components/SelectInput'
import { TextArea, TextInput } from '../../components/TextInput'
import { answerOptions, channelLabels } from '../../labels'
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

function presetText(p: CallLogPreset): string {
  if (!p.answered) return 'You didn’t reach them on this branch, so it is set to no answer.'
  const said = answerOptions.find(([value]) => value === p.outcome)?.[1]
  if (said) return `This branch ends with “${said}”, so the log is set to that.`
  if (p.gaveDate) return 'On this branch they gave a date: enter the one they said.'
  return 'On this branch they answered but haven’t decided yet.'
}

type Props = {
  interviewId: string
  /** The host's day, which the date starts at (it differs from this machine's under a test clock). */
  today: string
  onLogged: (logged: { interviewId: string; attempt: AttemptDraftInput }) => void
} & (
  | { variant: 'attempt'; onCancel: () => void }
  | {
      /** After a real call made with the script: a phone status check, on any interview. */
      variant: 'call'
      interviews: readonly Pick<Interview, 'id' | 'company' | 'role'>[]
      /** What the branch reached suggests; the user can change every part of it. */
      preset: CallLogPreset
      note: string
    }
)

/** Records a follow-up the user made, from the interview page or after a practised call. */
export function LogForm(props: Props) {
  const { variant, today, onLogged } = props
  const call = variant === 'call' ? props : null
  const [chosen, setChosen] = useState(props.interviewId || call?.interviews[0]?.id || '')
  const [kind, setKind] = useState<Kind>('status-check')
  const [channel, setChannel] = useState<Channel>(call ? 'phone' : 'email')
  const [typed, setDate] = useState<string | null>(null)
  const date = typed ?? today
  const [note, setNote] = useState(call?.note ?? '')
  const [answer, setAnswer] = useState<AnswerState>(
    call
      ? {
          ...noAnswer,
          answered: call.preset.answered,
          answer: call.preset.outcome ?? 'none',
          gaveDate: call.preset.gaveDate,
        }
      : noAnswer,
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const log = useWrite(
    (api, input: { interviewId: string; attempt: AttemptDraftInput }) => api.logAttempt(input),
    rememberFollowUps,
  )

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const attempt: AttemptDraftInput = { kind, date, channel, note, ...answerDraft(kind, answer) }
    const checked = attemptDraftSchema.safeParse(attempt)
    if (!checked.success) return setErrors(fieldErrors(checked.error))
    try {
      await log.mutateAsync({ interviewId: chosen, attempt })
    } catch (err) {
      return setErrors(formErrors(err, 'attempt.'))
    }
    onLogged({ interviewId: chosen, attempt })
  }

  const words = call
    ? { submit: 'Log this call', saving: 'Logging…' }
    : { submit: 'Save to the log', saving: 'Saving…' }
  const dateField = (
    <TextInput
      label={call ? 'Date of the call' : 'When'}
      name={`${variant}-date`}
      type="date"
      value={date}
      onChange={setDate}
      error={errors.date}
      isRequired={!call}
      // The call's form comes up under the player, whose keys must keep working.
      autoFocus={!call}
    />
  )
  return (
    <form
      className={call ? 'log-call' : 'log-form'}
      onSubmit={submit}
      noValidate
      {...(call ? { 'aria-labelledby': 'log-call-heading' } : { 'aria-label': 'Log a follow-up' })}
    >
      {call && (
        <>
          <h3 id="log-call-heading">Made the real call? Log it</h3>
          <p className="log-preset">
            {presetText(call.preset)} Change anything that went differently.
          </p>
        </>
      )}
      <FormBanner message={errors.form} />
      {call ? (
        <div className="grid-2">
          <SelectInput
            label="Interview"
            value={chosen}
            onChange={setChosen}
            options={call.interviews.map((i) => [i.id, `${i.company} · ${i.role}`] as const)}
          />
          {dateField}
        </div>
      ) : (
        <div className="grid-3">
          <SelectInput
            label="What did you do?"
            value={kind}
            onChange={setKind}
            options={kindOptions}
            error={errors.kind}
          />
          {dateField}
          <SelectInput
            label="How"
            value={channel}
            onChange={setChannel}
            options={Object.entries(channelLabels) as [Channel, string][]}
            error={errors.channel}
          />
        </div>
      )}
      {chosen && <EarlyCheckNote interviewId={chosen} kind={kind} date={date} />}
      <AnswerFields
        kind={kind}
        value={answer}
        onChange={setAnswer}
        errors={errors}
        {...(call && { answeredLabel: 'They answered (not voicemail)' })}
      />
      <TextArea
        label={call ? 'Note' : 'Note (optional)'}
        name={`${variant}-note`}
        value={note}
        onChange={setNote}
        error={errors.note}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={log.isPending}>
          {log.isPending ? words.saving : words.submit}
        </button>
        {props.variant === 'attempt' && (
          <button type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
