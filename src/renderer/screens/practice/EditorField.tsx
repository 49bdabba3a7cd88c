import type { ReactNode } from 'react'

interface Common {
  /** Also the DOM id, so a problem in the list can focus exactly this field. */
  id: string
  label: string
  error?: string | undefined
  description?: ReactNode
}

function Help({ id, error, description }: Pick<Common, 'id' | 'error' | 'description'>) {
  return (
    <>
      {description && (
        <span id={`${id}-description`} className="field-description">
          {description}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </>
  )
}

const describedBy = ({ id, error, description }: Common) =>
  [description && `${id}-description`, error && `${id}-error`].filter(Boolean).join(' ') ||
  undefined

/**
 * A labelled text field or text area for the script editor. It takes an id (the shared
 * TextInput doesn't), because live validation needs to focus the very field at fault.
 */
export function EditorText(
  props: Common & { value: string; onChange: (value: string) => void; multiline?: boolean },
) {
  const { id, label, value, onChange, error, multiline } = props
  const shared = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(props),
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...shared} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      <Help {...props} />
    </div>
  )
}

export function EditorSelect(
  props: Common & {
    value: string
    onChange: (value: string) => void
    options: readonly (readonly [string, string])[]
  },
) {
  const { id, label, value, onChange, options, error } = props
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props)}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      <Help {...props} />
    </div>
  )
}
