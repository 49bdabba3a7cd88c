import { useState, type FormEvent } from 'react'
import { addConcern, afterConcerns, concernsQuestion } from '../../../core/script/edit'
import type { CallScript } from '../../../core/script/schema'
import { EditorSelect, EditorText } from './EditorField'
import { kindLabels } from './kind-labels'

interface Props {
  script: CallScript
  onAdd: (next: CallScript, nodeId: string) => void
  onCancel: () => void
}

/**
 * A likely concern and the answer the user has ready: it becomes a reply from the question
 * about concerns, an answer step, and a way on once it is answered.
 */
export function ConcernForm({ script, onAdd, onCancel }: Props) {
  const [from, setFrom] = useState(() => concernsQuestion(script) ?? script.startNodeId)
  const [then, setThen] = useState(() => afterConcerns(script, from) ?? from)
  const [concern, setConcern] = useState('')
  const [answer, setAnswer] = useState('')
  const [errors, setErrors] = useState<{ concern?: string; answer?: string }>({})
  const steps = script.nodes.map(
    (n) =>
      [n.id, `${n.title.trim() || 'Untitled step'} (${kindLabels[n.kind].toLowerCase()})`] as const,
  )

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const next = {
      ...(concern.trim() ? {} : { concern: 'Say what the concern is.' }),
      ...(answer.trim() ? {} : { answer: 'Write the answer you have ready.' }),
    }
    setErrors(next)
    if (next.concern) return document.getElementById('concern-text')?.focus()
    if (next.answer) return document.getElementById('concern-answer')?.focus()
    const added = addConcern(script, { from, concern, answer, then })
    onAdd(added.script, added.nodeId)
  }

  return (
    <form className="card concern-form" aria-labelledby="concern-heading" onSubmit={submit}>
      <h2 id="concern-heading">Add a concern</h2>
      <p className="muted">
        A worry the employer might raise, and how you will answer it calmly. For example: “No
        experience in our industry” → you adapted to change before, with two examples.
      </p>
      <EditorText
        id="concern-text"
        label="The concern"
        value={concern}
        onChange={setConcern}
        error={errors.concern}
      />
      <EditorText
        id="concern-answer"
        label="Your prepared answer"
        multiline
        value={answer}
        onChange={setAnswer}
        error={errors.answer}
      />
      <div className="grid-2">
        <EditorSelect
          id="concern-from"
          label="They raise it after"
          value={from}
          onChange={(v) => {
            setFrom(v)
            setThen(afterConcerns(script, v) ?? then)
          }}
          options={steps}
        />
        <EditorSelect
          id="concern-then"
          label="After your answer, go to"
          value={then}
          onChange={setThen}
          options={steps}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary">
          Add the concern
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
