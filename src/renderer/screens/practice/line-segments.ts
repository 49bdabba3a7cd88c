import {
  isMergeField,
  mergeFieldPlaceholders,
  type MergeValues,
} from '../../../core/script/merge-fields'

export type Segment =
  | { kind: 'text'; text: string }
  /** A field with no value yet: shown as a visible gap so it is never read out as blank. */
  | { kind: 'missing'; text: string; field: string }
  /** A field the app doesn't know (a typo): shown as typed. */
  | { kind: 'unknown'; text: string }

// The same pattern fillLine uses: anything between double braces is a field.
const FIELD = /\{\{([^{}]*)\}\}/g

/** A line split into plain text and fields, so gaps can be styled (fillLine gives one string). */
export function lineSegments(text: string, values: MergeValues): Segment[] {
  const out: Segment[] = []
  let at = 0
  const push = (segment: Segment) => {
    const last = out[out.length - 1]
    if (segment.kind === 'text' && last?.kind === 'text') last.text += segment.text
    else if (segment.text) out.push(segment)
  }
  for (const match of text.matchAll(FIELD)) {
    push({ kind: 'text', text: text.slice(at, match.index) })
    at = match.index + match[0].length
    const name = (match[1] ?? '').trim()
    if (!isMergeField(name)) push({ kind: 'unknown', text: match[0] })
    else if (values[name]?.trim()) push({ kind: 'text', text: values[name].trim() })
    else push({ kind: 'missing', text: mergeFieldPlaceholders[name], field: name })
  }
  push({ kind: 'text', text: text.slice(at) })
  return out
}
