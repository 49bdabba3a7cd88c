import { useEffect, useRef } from 'react'
import { Field, type FieldProps } from './Field'

interface Props extends Omit<FieldProps, 'isDate'> {
  name?: string
  value: string
  onChange: (value: string) => void
  autoFocus?: boolean
}

/**
 * Focuses the field once it is on screen. Not the autoFocus attribute: React applies that while
 * committing, before effects, and a new screen's heading takes focus in its effect afterwards.
 */
function useFocusOnMount<T extends HTMLElement>(on: boolean | undefined) {
  const ref = useRef<T>(null)
  useEffect(() => {
    if (on) ref.current?.focus()
  }, [on])
  return ref
}

/** A labelled native input whose error is announced with it and marks it invalid. */
export function TextInput({
  name,
  value,
  onChange,
  autoFocus,
  type = 'text',
  ...field
}: Props & { type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'number' }) {
  const ref = useFocusOnMount<HTMLInputElement>(autoFocus)
  return (
    <Field {...field} isDate={type === 'date'}>
      {(control) => (
        <input
          {...control}
          ref={ref}
          name={name}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  )
}

/** The same for several lines of text. */
export function TextArea({ name, value, onChange, autoFocus, ...field }: Props) {
  const ref = useFocusOnMount<HTMLTextAreaElement>(autoFocus)
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...control}
          ref={ref}
          name={name}
          rows={3}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  )
}
