import type { EditorProblem } from './editor-problems'

interface Props {
  problems: EditorProblem[]
  onGoTo: (problem: EditorProblem) => void
}

/** Live validation: what still stops the script from being saved or practised. */
export function ProblemsPanel({ problems, onGoTo }: Props) {
  const blocking = problems.filter((p) => p.blocksSave).length
  const summary =
    problems.length === 0
      ? 'No problems. This script is ready to practise.'
      : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: the player won’t start until ${problems.length === 1 ? 'it is' : 'they are'} fixed.`
  return (
    <section
      className={`card problems ${problems.length ? 'has-problems' : 'no-problems'}`}
      aria-labelledby="problems-heading"
    >
      <h2 id="problems-heading">Problems</h2>
      <p role="status" className="problems-summary">
        {summary}
        {blocking > 0 &&
          ` ${blocking === 1 ? 'One needs' : `${blocking} need`} fixing before you can save.`}
      </p>
      {problems.length > 0 && (
        <ul className="problem-list">
          {problems.map((p, i) => (
            <li key={i}>
              <button type="button" className="problem-link" onClick={() => onGoTo(p)}>
                {p.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
