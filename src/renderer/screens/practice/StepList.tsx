import type { ScriptNode } from '../../../core/script/schema'
import { kindLabels } from './kind-labels'

interface Props {
  nodes: ScriptNode[]
  startNodeId: string
  selected: string | null
  problemCounts: Map<string, number>
  onSelect: (nodeId: string) => void
  onAdd: () => void
  onAddConcern: () => void
}

/** Every step of the script; picking one opens it beside the list. */
export function StepList({
  nodes,
  startNodeId,
  selected,
  problemCounts,
  onSelect,
  onAdd,
  onAddConcern,
}: Props) {
  return (
    <nav className="step-list" aria-labelledby="steps-heading">
      <h2 id="steps-heading">Steps</h2>
      <ul>
        {nodes.map((node, i) => {
          const count = problemCounts.get(node.id) ?? 0
          return (
            <li key={`${node.id}-${i}`}>
              <button
                type="button"
                className="step-item"
                aria-current={node.id === selected ? 'true' : undefined}
                onClick={() => onSelect(node.id)}
              >
                <span className="step-item-title">{node.title.trim() || 'Untitled step'}</span>
                <span className="step-item-kind">
                  {kindLabels[node.kind]}
                  {node.id === startNodeId && ' · start'}
                </span>
                {count > 0 && (
                  <span className="step-item-problems">
                    <span aria-hidden="true">⚠ </span>
                    {count} {count === 1 ? 'problem' : 'problems'}
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ul>
      <div className="step-list-actions">
        <button type="button" className="button" onClick={onAdd}>
          Add a step
        </button>
        <button type="button" className="button" onClick={onAddConcern}>
          Add a concern
        </button>
      </div>
    </nav>
  )
}
