import type { MergeValues } from '../../../core/script/merge-fields'
import { FilledText } from './FilledText'

/** What not to say at this step, kept beside the line so the contrast is easy to see. */
export function DontSay({ donts, values }: { donts: string[]; values: MergeValues }) {
  return (
    <aside className="dont-say" aria-labelledby="dont-say-heading">
      <h2 id="dont-say-heading">
        <span aria-hidden="true" className="dont-mark">
          ✕
        </span>{' '}
        Don’t say
      </h2>
      {donts.length === 0 ? (
        <p className="muted">No warnings for this step.</p>
      ) : (
        <ul>
          {donts.map((text, i) => (
            <li key={i}>
              <FilledText text={text} values={values} />
            </li>
          ))}
        </ul>
      )}
    </aside>
  )
}
