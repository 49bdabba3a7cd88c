import type { MergeValues } from '../../../core/script/merge-fields'
import { lineSegments } from './line-segments'

/** A script line with its {{fields}} filled in; gaps and typos are marked so they stand out. */
export function FilledText({ text, values }: { text: string; values: MergeValues }) {
  return (
    <>
      {lineSegments(text, values).map((segment, i) =>
        segment.kind === 'text' ? (
          <span key={i}>{segment.text}</span>
        ) : (
          <mark key={i} className={`field-gap field-${segment.kind}`}>
            {segment.text}
          </mark>
        ),
      )}
    </>
  )
}
