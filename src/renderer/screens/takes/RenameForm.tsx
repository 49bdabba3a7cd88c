import { useState, type FormEvent } from 'react'
import { TAKE_NAME_MAX } from '../../../contract/take-schemas'
import { TextInput } from '../../components/TextInput'

/** Inline rename: Enter saves, Escape cancels; the caller returns focus where it came from. */
export function RenameForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: string
  onSave: (name: string) => Promise<boolean>
  onCancel: () => void
}) {
  const [name, setName] = useState(initial)
  const [error, setError] = useState<string>()
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) return setError('A take needs a name.')
    if (trimmed.length > TAKE_NAME_MAX) return setError(`At most ${TAKE_NAME_MAX} characters.`)
    if (trimmed === initial) return onCancel()
    if (!(await onSave(trimmed))) setError('The name was not saved. Try again.')
  }
  return (
    <form
      className="rename-form"
      aria-label={`Rename ${initial}`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          onCancel()
        }
      }}
    >
      <TextInput label="Name" name="name" value={name} onChange={setName} error={error} autoFocus />
      <button type="submit" className="button primary small">
        Save name
      </button>
      <button type="button" className="button small" onClick={onCancel}>
        Cancel
      </button>
    </form>
  )
}
