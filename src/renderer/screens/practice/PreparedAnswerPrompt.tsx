import { useState, type FormEvent } from 'react'
import type { Interview, InterviewDraftInput } from '../../../core/interview/schema'
import { extractFields, type MergeValues } from '../../../core/script/merge-fields'
import type { ScriptNode } from '../../../core/script/schema'
import { formErrors } from '../../api/errors'
import { rememberInterview, useWrite } from '../../api/mutations'
import { href } from '../../routing/router'
import { formFromInterview, toDraft } from '../interviews/form-state'
import { PreparedAnswerField } from '../interviews/PreparedAnswersFields'
import { preparedOrder, type PreparedField } from '../interviews/prepared-labels'

const isPreparedField = (f: string): f is PreparedField =>
  (preparedOrder as readonly string[]).includes(f)

/**
 * The user's own answer, asked for where the script needs it: the app never makes up a story,
 * a course or a number for them. What they write is kept with the interview.
 */
export function PreparedAnswerPrompt({
  node,
  values,
  interview,
}: {
  node: ScriptNode
  values: MergeValues
  interview: Interview | undefined
}) {
  const missing = extractFields(node.line).filter(
    (f): f is PreparedField => isPreparedField(f) && !values[f]?.trim(),
  )
  if (!interview || missing.length === 0) return null
  // Keyed so a new step or interview starts with empty boxes.
  return <PromptForm key={`${interview.id}:${node.id}`} missing={missing} interview={interview} />
}

function PromptForm({ missing, interview }: { missing: PreparedField[]; interview: Interview }) {
  const [text, setText] = useState<Partial<Record<PreparedField, string>>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const update = useWrite(
    (api, draft: InterviewDraftInput) =>
      api.updateInterview({ id: interview.id, draft, expectedUpdatedAt: interview.updatedAt }),
    rememberInterview,
  )

  const save = async (e: FormEvent) => {
    e.preventDefault()
    const filled = Object.fromEntries(missing.map((f) => [f, text[f]?.trim() ?? '']))
    if (missing.every((f) => !filled[f])) {
      setErrors({ [missing[0]!]: 'Write your answer first, or leave the gap for now.' })
      return
    }
    // The interview list the player fills lines from is refreshed by the host's change event.
    await update
      .mutateAsync(toDraft({ ...formFromInterview(interview), ...filled }))
      .catch((err: unknown) => setErrors(formErrors(err, 'draft.')))
  }

  return (
    <form className="prepared-prompt" onSubmit={save} aria-label="Your own answer" noValidate>
      <p>
        <strong>This part is yours to say.</strong> Write it once in your own words; it is kept with
        the {interview.company} interview (
        <a href={href({ name: 'edit-interview', id: interview.id })}>all prepared answers</a>).
      </p>
      {errors.form && (
        <p role="alert" className="field-error">
          {errors.form}
        </p>
      )}
      {missing.map((f) => (
        <PreparedAnswerField
          key={f}
          field={f}
          value={text[f] ?? ''}
          onChange={(v) => {
            setText((t) => ({ ...t, [f]: v }))
            setErrors({})
          }}
          error={errors[f]}
        />
      ))}
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Use this answer'}
        </button>
      </div>
    </form>
  )
}
