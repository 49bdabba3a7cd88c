import type { ReactNode } from 'react'
import { SelectInput } from '../../components/SelectInput'
import { TextArea, TextInput } from '../../components/TextInput'

interface Common {
  /** Also the DOM id, so a problem in the list can focus exactly this field. */
  id: string
  label: string
  error?: string | undefined
  description?: ReactNode
}

/** A text field or text area for the script editor, with the id live validation focuses. */
export function EditorText({
  multiline,
  ...props
}: Common & { value: string; onChange: (value: string) => void; multiline?: boolean }) {
  return multiline ? <TextArea {...props} /> : <TextInput {...props} />
}

export function EditorSelect(
  props: Common & {
    value: string
    onChange: (value: string) => void
    options: readonly (readonly [string, string])[]
  },
) {
  return <SelectInput {...props} />
}
