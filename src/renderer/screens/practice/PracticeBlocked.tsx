import type { ScriptProblem } from '../../../core/script/validate'
import { href } from '../../routing/router'

/** Why practice can't start, each problem with a way straight to where it is fixed. */
export function PracticeBlocked({
  scriptId,
  problems,
}: {
  scriptId: string
  problems: ScriptProblem[]
}) {
  return (
    <section className="card blocked" aria-labelledby="blocked-heading">
      <h2 id="blocked-heading">This script can’t be practised yet</h2>
      <p>
        {problems.length === 1 ? 'One thing needs' : `${problems.length} things need`} fixing in the
        editor first. Practice starts as soon as nothing is left to fix.
      </p>
      <ul className="problem-list">
        {problems.map((p, i) => (
          <li key={i}>
            <span id={`blocked-${i}`}>{p.message}</span>{' '}
            <a
              href={href({
                name: 'practice-edit',
                scriptId,
                ...(p.nodeId ? { nodeId: p.nodeId } : {}),
              })}
              aria-describedby={`blocked-${i}`}
            >
              Fix in the editor
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
