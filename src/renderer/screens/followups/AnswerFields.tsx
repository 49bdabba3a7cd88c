import { useId } from 'react'
import type { AttemptDraftInput } from '../../../core/followup/attempt-schema'
import { SelectInput } from '../../components/SelectInput'
import { TextInput } from '../../components/TextInput'
import { answerOptions } from '../../labels'
import { asksForDate, type AnswerState } from './answer-state'
import './followups.css'

interface Props {
  kind: AttemptDraftInput['kind']
  value: AnswerState
  onChange: (next: AnswerState) => void
  /** "They answered" reads oddly for a call; the call log says "(not voicemail)". */
  answeredLabel?: string
  errors: Record<string, string>
}

/** Did they answer, what did they say, and did they give a date for their decision. */
export function AnswerFields({ kind, value, onChange, answeredLabel, errors }: Props) {
  const set = (patch: Partial<AnswerState>) => onChange({ ...value, ...patch })
  const radios = useId()
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.answered}
          onChange={(e) => set({ answered: e.target.checked })}
        />
        {answeredLabel ?? 'They answered'}
      </label>
      {value.answered && (
        <SelectInput
          label="What did they say?"
          value={value.answer}
          onChange={(answer) => set({ answer })}
          options={answerOptions}
          error={errors.outcome}
        />
      )}
      {asksForDate(kind, value) && (
        <fieldset className="date-given">
          <legend>Did they give a date?</legend>
          <div className="radio-row">
            <label className="radio">
              <input
                type="radio"
                name={radios}
                checked={!value.gaveDate}
                onChange={() => set({ gaveDate: false })}
              />
              No
            </label>
            <label className="radio">
              <input
                type="radio"
                name={radios}
                checked={value.gaveDate}
                onChange={() => set({ gaveDate: true })}
              />
              Yes
            </label>
          </div>
          {value.gaveDate && (
            <TextInput
              label="They expect to decide by"
              name="decision-by"
              type="date"
              value={value.decisionBy}
              onChange={(decisionBy) => set({ decisionBy })}
              error={errors.decisionBy}
              description="Your next check waits until two business days after it."
              isRequired
            />
          )}
        </fieldset>
      )}
    </>
  )
}
