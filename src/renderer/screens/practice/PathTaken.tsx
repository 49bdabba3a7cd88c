import type { CallScript } from '../../../core/script/schema'
import type { PlayerState } from '../../../core/script/player'

interface Props {
  script: CallScript
  state: PlayerState
  /** Goes back to the step at this position in the path. */
  onJump: (index: number) => void
}

/** The breadcrumb: each step so far, and the reply that led on from it. */
export function PathTaken({ script, state, onJump }: Props) {
  const titles = new Map(script.nodes.map((n) => [n.id, n.title]))
  const labels = new Map(script.edges.map((e) => [e.id, e.label]))
  const last = state.path.length - 1
  return (
    <nav className="path-taken" aria-label="Path taken">
      <span className="path-label" aria-hidden="true">
        Path taken
      </span>
      <ol>
        {state.path.map((step, i) => {
          const title = titles.get(step.nodeId) ?? step.nodeId
          const via = state.path[i + 1]?.viaEdgeId
          return (
            <li key={i} aria-current={i === last ? 'step' : undefined}>
              {i === last ? (
                <span className="crumb-current">{title}</span>
              ) : (
                <button
                  type="button"
                  className="crumb"
                  onClick={() => onJump(i)}
                  aria-label={`Go back to ${title}`}
                >
                  {title}
                </button>
              )}
              {via && (
                <span className="crumb-reply">
                  <span className="visually-hidden">, they said </span>
                  <span aria-hidden="true">“</span>
                  {labels.get(via) ?? via}
                  <span aria-hidden="true">”</span>
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
