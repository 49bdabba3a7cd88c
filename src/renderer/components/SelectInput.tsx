import { useId } from 'react'

interface Props<T extends string> {
  label: string
  value: T
  onChange: (value: T) => void
  options: readonly (readonly [T, string])[]
  error?: string | undefined
  name?: string
}

/** A native select: the platform's own keyboard handling and type-ahead, labelled properly. */
export function SelectInput<T extends string>({
  label,
  value,
  onChange,
  options,
  error,
  name,
}: Props<T>) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  )
}
