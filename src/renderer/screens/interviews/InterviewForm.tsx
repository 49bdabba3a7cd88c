import { useRef, useState, type FormEvent } from 'react'
import { outcomes, rounds, type InterviewDraftInput } from '../../../core/interview/schema'
import { errorMessage, fieldErrors } from '../../api/errors'
import { FormBanner } from '../../components/FormBanner'
import { SelectInput } from '../../components/SelectInput'
import { TextArea, TextInput } from '../../components/TextInput'
import { channelLabels, outcomeLabels, roundLabels, workplaceLabels } from '../../labels'
import { issueKey, validateForm, toDraft, type FormState, type TimeframeChoice } from './form-state'
import { PeopleFields } from './PeopleFields'
import { PreparedAnswersFields } from './PreparedAnswersFields'

const timeframeOptions: [TimeframeChoice, string][] = [
  ['open', 'They gave no timeframe'],
  ['date', 'By a date'],
  ['days', 'In a number of days'],
  ['business-days', 'In a number of business days'],
  ['weeks', 'In a number of weeks'],
]

interface Props {
  initial: FormState
  submitLabel: string
  /** Rejects with the host's error, which the form shows beside the fields it names. */
  onSubmit: (draft: InterviewDraftInput) => Promise<unknown>
  saving?: boolean
  onCancel: () => void
}

export function InterviewForm({ initial, submitLabel, onSubmit, saving, onCancel }: Props) {
  const [state, setState] = useState(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [attempted, setAttempted] = useState(false)
  const [banner, setBanner] = useState('')
  const form = useRef<HTMLFormElement>(null)

  const set = (patch: Partial<FormState>) => {
    const next = { ...state, ...patch }
    setState(next)
    // Once the user has tried to save, errors follow their typing so fixed fields clear at once.
    if (attempted) setErrors(validateForm(next))
  }

  const focusFirstError = () =>
    requestAnimationFrame(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    )

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setAttempted(true)
    setBanner('')
    const found = validateForm(state)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setBanner('Please fix the highlighted fields. Nothing has been saved yet.')
      focusFirstError()
      return
    }
    try {
      await onSubmit(toDraft(state))
    } catch (err) {
      setErrors(fieldErrors(err, 'draft.', issueKey(state)))
      setBanner(`${errorMessage(err)} Nothing has been saved yet.`)
      focusFirstError()
    }
  }

  const tf = state.timeframe
  return (
    <form
      ref={form}
      className="interview-form"
      onSubmit={submit}
      noValidate
      aria-label="Interview details"
    >
      <FormBanner message={banner} />
      <fieldset className="form-section">
        <legend>The interview</legend>
        <div className="grid-2">
          <TextInput
            label="Company"
            name="company"
            isRequired
            value={state.company}
            onChange={(company) => set({ company })}
            error={errors.company}
            autoFocus
          />
          <TextInput
            label="Job title"
            name="role"
            isRequired
            value={state.role}
            onChange={(role) => set({ role })}
            error={errors.role}
          />
          <TextInput
            label="Interview date"
            name="interviewDate"
            type="date"
            isRequired
            value={state.interviewDate}
            onChange={(interviewDate) => set({ interviewDate })}
            error={errors.interviewDate}
          />
          <TextInput
            label="Interview time"
            name="interviewTime"
            type="time"
            value={state.interviewTime}
            onChange={(interviewTime) => set({ interviewTime })}
            error={errors.interviewTime}
          />
          <SelectInput
            label="Round"
            value={state.round}
            onChange={(round) => set({ round })}
            options={rounds.map((r) => [r, roundLabels[r]] as const)}
          />
          <SelectInput
            label="Outcome"
            value={state.outcome}
            onChange={(outcome) => set({ outcome })}
            options={outcomes.map((o) => [o, outcomeLabels[o]] as const)}
          />
        </div>
      </fieldset>

      <PeopleFields state={state} errors={errors} set={set} />

      <fieldset className="form-section">
        <legend>What they said about next steps</legend>
        <div className="grid-2">
          <SelectInput
            label="When will they decide?"
            value={tf}
            onChange={(timeframe) => set({ timeframe })}
            options={timeframeOptions}
          />
          {tf === 'date' && (
            <TextInput
              label="Decision date"
              name="timeframeDate"
              type="date"
              value={state.timeframeDate}
              onChange={(timeframeDate) => set({ timeframeDate })}
              error={errors.timeframe}
            />
          )}
          {(tf === 'days' || tf === 'business-days' || tf === 'weeks') && (
            <TextInput
              label={
                tf === 'weeks'
                  ? 'Number of weeks'
                  : tf === 'days'
                    ? 'Number of days'
                    : 'Number of business days'
              }
              name="timeframeCount"
              type="number"
              value={state.timeframeCount}
              onChange={(timeframeCount) => set({ timeframeCount })}
              error={errors.timeframe}
            />
          )}
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.doNotContact}
            onChange={(e) => set({ doNotContact: e.target.checked })}
          />
          They asked me not to contact them
        </label>
      </fieldset>

      <fieldset className="form-section">
        <legend>How to follow up</legend>
        <div className="grid-2">
          <SelectInput
            label="Preferred channel"
            value={state.preferredChannel}
            onChange={(preferredChannel) => set({ preferredChannel })}
            options={
              [['', 'Let the app suggest'], ...Object.entries(channelLabels)] as [
                FormState['preferredChannel'],
                string,
              ][]
            }
          />
          <SelectInput
            label="Workplace style"
            value={state.workplace}
            onChange={(workplace) => set({ workplace })}
            options={
              [['', 'Not sure'], ...Object.entries(workplaceLabels)] as [
                FormState['workplace'],
                string,
              ][]
            }
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Notes for your messages</legend>
        <TextArea
          label="Topics you discussed"
          name="topics"
          value={state.topics}
          onChange={(topics) => set({ topics })}
          error={errors.topics}
        />
        <TextArea
          label="Strengths to stress"
          name="strengths"
          value={state.strengths}
          onChange={(strengths) => set({ strengths })}
          error={errors.strengths}
        />
        <TextArea
          label="Something you forgot to mention"
          name="forgotten"
          value={state.forgotten}
          onChange={(forgotten) => set({ forgotten })}
          error={errors.forgotten}
        />
        <TextArea
          label="A recent accomplishment"
          name="accomplishment"
          value={state.accomplishment}
          onChange={(accomplishment) => set({ accomplishment })}
          error={errors.accomplishment}
        />
        <TextArea
          label="Notes"
          name="notes"
          value={state.notes}
          onChange={(notes) => set({ notes })}
          error={errors.notes}
        />
      </fieldset>

      <PreparedAnswersFields state={state} errors={errors} set={set} />

      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
