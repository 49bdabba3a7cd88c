import { TextArea, TextInput } from '../../components/TextInput'
import type { FormState } from './form-state'
import { preparedLabels, preparedOrder, type PreparedField } from './prepared-labels'

/** One prepared answer: a salary range is one line; the stories are paragraphs. */
export function PreparedAnswerField({
  field,
  ...props
}: {
  field: PreparedField
  value: string
  onChange: (value: string) => void
  error: string | undefined
}) {
  const Control = field === 'salaryRange' ? TextInput : TextArea
  return (
    <Control
      {...props}
      label={preparedLabels[field].label}
      name={field}
      description={preparedLabels[field].help}
    />
  )
}

interface Props {
  state: FormState
  errors: Record<string, string>
  set: (patch: Partial<FormState>) => void
}

/** Answers the call script speaks in the user's own words, if the employer raises a concern. */
export function PreparedAnswersFields({ state, errors, set }: Props) {
  return (
    <fieldset className="form-section">
      <legend>Prepared answers for the call</legend>
      <p className="muted">
        If they raise a concern on the follow-up call, the script uses these, in your words. Leave
        any blank: the script shows a gap for you to fill rather than making something up.
      </p>
      {preparedOrder.map((field) => (
        <PreparedAnswerField
          key={field}
          field={field}
          value={state[field]}
          onChange={(value) => set({ [field]: value })}
          error={errors[field]}
        />
      ))}
    </fieldset>
  )
}
