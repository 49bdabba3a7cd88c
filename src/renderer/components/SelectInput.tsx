import { Field, type FieldProps } from './Field'

interface Props<T extends string> extends Omit<FieldProps, 'isDate'> {
  value: T
  onChange: (value: T) => void
  options: readonly (readonly [T, string])[]
  name?: string
  disabled?: boolean
}

/** A native select: the platform's own keyboard handling and type-ahead, labelled properly. */
export function SelectInput<T extends string>({
  value,
  onChange,
  options,
  name,
  disabled,
  ...field
}: Props<T>) {
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          name={name}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
