import type { Ref } from 'react'
import { Field, type FieldProps } from './Field'

interface Props extends Omit<FieldProps, 'isDate'> {
  name?: string
  value: string
  onChange: (value: string) => void
  autoFocus?: boolean
}

interface InputProps extends Props {
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'number'
  inputRef?: Ref<HTMLInputElement>
}

/** A labelled native input whose error is announced with it and marks it invalid. */
export function TextInput({
  name,
  value,
  onChange,
  autoFocus,
  type = 'text',
  inputRef,
  ...field
}: InputProps) {
  return (
    <Field {...field} isDate={type === 'date'}>
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          name={name}
          type={type}
          value={value}
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  )
}

/** The same for several lines of text. */
export function TextArea({ name, value, onChange, autoFocus, ...field }: Props) {
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={3}
          value={value}
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  )
}
