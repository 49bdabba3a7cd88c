import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { localiseDateError } from '../date-format'

interface Props {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  description?: string
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'number'
  multiline?: boolean
  isRequired?: boolean
  className?: string
  autoFocus?: boolean
}

/** A labelled field whose error is announced and tied to it with aria-describedby. */
export function TextInput({
  label,
  name,
  value,
  onChange,
  error,
  description,
  type = 'text',
  multiline,
  isRequired,
  className,
  autoFocus,
}: Props) {
  return (
    <TextField
      className={`field ${className ?? ''}`}
      name={name}
      value={value}
      onChange={onChange}
      isInvalid={!!error}
      isRequired={isRequired}
      validationBehavior="aria"
      type={type}
      autoFocus={autoFocus}
    >
      <Label>
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      {multiline ? <TextArea rows={3} /> : <Input />}
      {description && <Text slot="description">{description}</Text>}
      <FieldError className="field-error">
        {error && type === 'date' ? localiseDateError(error) : error}
      </FieldError>
    </TextField>
  )
}
