import { useState } from 'react'
import { coverage } from '../../../core/script/coverage'
import type { CallScript, PracticeCounts } from '../../../core/script/schema'

interface Props {
  script: CallScript
  counts: PracticeCounts
  onClear: () => void
}

/** Which of the employer's replies the user has practised, and which never. */
export function CoveragePanel({ script, counts, onClear }: Props) {
  const [confirming, setConfirming] = useState(false)
  const c = coverage(script, counts)
  const summary = `${c.practisedEdges} of ${c.totalEdges} ${c.totalEdges === 1 ? 'reply' : 'replies'} practised`
  return (
    <section className="card coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Your practice so far</h2>
      <p>
        <strong>{summary}</strong>
        {c.neverPractised.length === 0 && c.totalEdges > 0 && ': every branch. Well done.'}
      </p>
      <progress
        className="coverage-bar"
        max={Math.max(c.totalEdges, 1)}
        value={c.practisedEdges}
        aria-label={summary}
      />
      {c.neverPractised.length > 0 && (
        <details>
          <summary>Never practised ({c.neverPractised.length})</summary>
          <ul className="never-list">
            {c.neverPractised.map((item) => (
              <li key={item.edgeId}>
                {item.fromTitle} → “{item.label || 'unlabelled reply'}”
              </li>
            ))}
          </ul>
          <p className="muted">Turn on “Surprise me”: it picks the replies you practised least.</p>
        </details>
      )}
      {c.practisedEdges > 0 &&
        (confirming ? (
          <p className="confirm-row">
            Forget all practice for this script?{' '}
            <button
              type="button"
              className="button small danger"
              onClick={() => {
                setConfirming(false)
                onClear()
              }}
            >
              Forget practice
            </button>{' '}
            <button type="button" className="button small" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </p>
        ) : (
          <button type="button" className="button small subtle" onClick={() => setConfirming(true)}>
            Start counting again…
          </button>
        ))}
    </section>
  )
}
