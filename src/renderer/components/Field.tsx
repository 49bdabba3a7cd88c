import { useId, type ReactNode } from 'react'
import { localiseDateError } from '../date-format'

/** What a field's control needs so it is named, described and marked invalid. */
export interface ControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
  'aria-required': true | undefined
}

export interface FieldProps {
  label: ReactNode
  error?: string | undefined
  description?: ReactNode
  isRequired?: boolean | undefined
  className?: string | undefined
  /** The control's DOM id, for a caller that must focus it (the script editor); else generated. */
  id?: string | undefined
  /** A date field's error names the pattern the field shows, not the wire format. */
  isDate?: boolean | undefined
}

/**
 * The one place a label, its description and its error are tied to a native control: the
 * error and description are named by aria-describedby, and aria-invalid marks the field.
 */
export function Field({
  label,
  error,
  description,
  isRequired,
  className,
  id: given,
  isDate,
  children,
}: FieldProps & { children: (control: ControlProps) => ReactNode }) {
  const generated = useId()
  const id = given ?? generated
  const describedBy = [description && `${id}-description`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
        'aria-required': isRequired ? true : undefined,
      })}
      {description && (
        // slot: the shared stylesheet styles descriptions by it; the class is the script editor's.
        <span id={`${id}-description`} slot="description" className="field-description">
          {description}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {isDate ? localiseDateError(error) : error}
        </span>
      )}
    </div>
  )
}
