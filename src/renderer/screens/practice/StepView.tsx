import { forwardRef } from 'react'
import type { MergeField, MergeValues } from '../../../core/script/merge-fields'
import { fillLine, mergeFieldPlaceholders, preparedFields } from '../../../core/script/merge-fields'
import type { ScriptEdge, ScriptNode } from '../../../core/script/schema'
import { href } from '../../routing/router'
import { FilledText } from './FilledText'

const profileFields: readonly MergeField[] = ['yourName', 'yourPhone', 'yourEmail']

function Gaps({ missing, interviewId }: { missing: MergeField[]; interviewId: string }) {
  if (missing.length === 0) return null
  const mine = missing.filter((f) => profileFields.includes(f))
  // With an interview chosen, the prompt under the line asks for the user's own answers.
  const theirs = missing.filter(
    (f) => !profileFields.includes(f) && !(interviewId && preparedFields.includes(f)),
  )
  const names = (fields: MergeField[]) => fields.map((f) => mergeFieldPlaceholders[f]).join(', ')
  return (
    <p className="gaps">
      {mine.length > 0 && (
        <>
          Fill in {names(mine)} in <a href={href({ name: 'settings' })}>Settings</a>.{' '}
        </>
      )}
      {theirs.length > 0 &&
        (interviewId ? (
          <>
            Add {names(theirs)} to{' '}
            <a href={href({ name: 'edit-interview', id: interviewId })}>the interview</a>.
          </>
        ) : (
          <>Choose an interview above to fill in {names(theirs)}.</>
        ))}
    </p>
  )
}

interface Props {
  node: ScriptNode
  /** The employer's reply that led here; absent at the start. */
  via: ScriptEdge | undefined
  values: MergeValues
  interviewId: string
  /** Offered when a voice can say the employer's line again. */
  onSayAgain?: (() => void) | undefined
}

/** What the employer just said, and the user's line in large type with its coaching tip. */
export const StepView = forwardRef<HTMLElement, Props>(function StepView(
  { node, via, values, interviewId, onSayAgain },
  ref,
) {
  const { missing } = fillLine(node.line, values)
  const dial = node.kind === 'dial'
  return (
    <section className="step" aria-labelledby="step-heading" tabIndex={-1} ref={ref}>
      {via && (
        <figure className="employer-says">
          <figcaption>
            Employer says <span className="muted">({via.label})</span>
          </figcaption>
          <blockquote>
            {via.employerLine?.trim() ? (
              <FilledText text={via.employerLine} values={values} />
            ) : (
              <span className="muted">No words written for this reply yet.</span>
            )}
          </blockquote>
          {onSayAgain && (
            <button type="button" className="button small subtle" onClick={onSayAgain}>
              Say it again
            </button>
          )}
        </figure>
      )}
      <h2 id="step-heading" className="step-heading">
        <span className="step-kicker">{dial ? 'Before you speak' : 'You say'}</span> {node.title}
      </h2>
      {node.line.trim() && (
        // A dial step's line is what to do, not words to say, so it isn't in large type.
        <p className={dial ? 'stage-line' : 'script-line'}>
          <FilledText text={node.line} values={values} />
        </p>
      )}
      <Gaps missing={missing} interviewId={interviewId} />
      {node.coaching?.trim() && (
        <p className="coaching">
          <strong>Tip:</strong> <FilledText text={node.coaching} values={values} />
        </p>
      )}
    </section>
  )
})
