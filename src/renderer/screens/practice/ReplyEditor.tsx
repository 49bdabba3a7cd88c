import type { CallLogKind, CallScript, ScriptEdge } from '../../../core/script/schema'
import { EditorSelect, EditorText } from './EditorField'
import { fieldId, messageFor, type EditorProblem } from './editor-problems'
import { kindLabels } from './kind-labels'

interface Props {
  script: CallScript
  edge: ScriptEdge
  index: number
  siblings: number
  problems: EditorProblem[]
  onChange: (patch: Partial<Pick<ScriptEdge, 'label' | 'employerLine' | 'to' | 'logAs'>>) => void
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}

const logOptions: [CallLogKind | '', string][] = [
  ['', 'Nothing new: keep what came before'],
  ['no-answer', 'You didn’t reach them'],
  ['no-decision', 'They answered, no decision yet'],
  ['decision-date', 'They gave a date for their decision'],
  ['offer', 'They made an offer'],
  ['next-round', 'They invited you to a next round'],
  ['rejected', 'They went another way'],
]

/** One thing the employer might answer, and where the call goes next. */
export function ReplyEditor({
  script,
  edge,
  index,
  siblings,
  problems,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const id = (field: 'label' | 'employerLine' | 'to') =>
    fieldId({ kind: 'edge', nodeId: edge.from, edgeId: edge.id, field })
  const targets: [string, string][] = script.nodes.map((n) => [
    n.id,
    `${n.title.trim() || 'Untitled step'} (${kindLabels[n.kind].toLowerCase()})`,
  ])
  if (!script.nodes.some((n) => n.id === edge.to)) {
    targets.unshift([edge.to, `Missing step “${edge.to}”: choose another`])
  }
  const name = `reply ${index + 1}`
  return (
    <fieldset className="reply-editor">
      <legend>
        Reply {index + 1}
        {index < 9 && <span className="muted"> (key {index + 1})</span>}
      </legend>
      <div className="grid-2">
        <EditorText
          id={id('label')}
          label="Label on the button"
          value={edge.label}
          onChange={(label) => onChange({ label })}
          error={messageFor(problems, id('label'))}
        />
        <EditorSelect
          id={id('to')}
          label="Then go to"
          value={edge.to}
          onChange={(to) => onChange({ to })}
          options={targets}
          error={messageFor(problems, id('to'))}
        />
      </div>
      <EditorText
        id={id('employerLine')}
        label="The employer says"
        multiline
        value={edge.employerLine ?? ''}
        onChange={(employerLine) => onChange({ employerLine })}
        error={messageFor(problems, id('employerLine'))}
        description="Shown and spoken aloud when this reply is picked."
      />
      <EditorSelect
        id={`edge-${edge.id}-log`}
        label="For the call log, this answer means"
        value={edge.logAs ?? ''}
        onChange={(v) => onChange({ logAs: v === '' ? undefined : (v as CallLogKind) })}
        options={logOptions}
        description="When a rehearsal ends, the log form starts from the last answer that means something."
      />
      <div className="row-buttons">
        <button
          type="button"
          className="button small"
          disabled={index === 0}
          onClick={() => onMove(-1)}
          aria-label={`Move ${name} up`}
        >
          ↑ Up
        </button>
        <button
          type="button"
          className="button small"
          disabled={index === siblings - 1}
          onClick={() => onMove(1)}
          aria-label={`Move ${name} down`}
        >
          ↓ Down
        </button>
        <button type="button" className="button small danger" onClick={onRemove}>
          Remove {name}
        </button>
      </div>
    </fieldset>
  )
}
