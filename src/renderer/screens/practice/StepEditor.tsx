import { addReply, moveReply, updateNode, updateReply } from '../../../core/script/edit'
import { LINE_WORDS_MAX, spokenWords } from '../../../core/script/line-length'
import { mergeFields } from '../../../core/script/merge-fields'
import type { CallScript, NodeKind, ScriptNode } from '../../../core/script/schema'
import { DontsEditor } from './DontsEditor'
import { EditorSelect, EditorText } from './EditorField'
import { fieldId, messageFor, type EditorProblem, type NodeField } from './editor-problems'
import { kindOptions } from './kind-labels'
import { ReplyEditor } from './ReplyEditor'

interface Props {
  script: CallScript
  node: ScriptNode
  problems: EditorProblem[]
  onChange: (next: CallScript) => void
  /** Moves focus to a field once it is on screen (after an add). */
  focusLater: (id: string) => void
  onRemoveStep: () => void
  onRemoveReply: (edgeId: string) => void
}

const fieldHelp = (
  <>
    Fill-ins:{' '}
    {mergeFields.map((f, i) => (
      <span key={f}>
        {i > 0 && ' '}
        <code>{`{{${f}}}`}</code>
      </span>
    ))}
  </>
)

/** How long the line is to say; past about 40 words, a gentle word about splitting it. */
function LineLength({ line }: { line: string }) {
  const words = spokenWords(line)
  if (words === 0) return null
  return words > LINE_WORDS_MAX ? (
    <span className="line-length is-long">
      {words} words to say. Under about {LINE_WORDS_MAX} is easier to say naturally: consider
      splitting it into two steps.
    </span>
  ) : (
    <span className="line-length">{words} words to say.</span>
  )
}

/** Everything about one step: what the user says, the warnings, and the employer's replies. */
export function StepEditor({
  script,
  node,
  problems,
  onChange,
  focusLater,
  onRemoveStep,
  onRemoveReply,
}: Props) {
  const id = (field: NodeField) => fieldId({ kind: 'node', nodeId: node.id, field })
  const set = (patch: Partial<Omit<ScriptNode, 'id'>>) =>
    onChange(updateNode(script, node.id, patch))
  const replies = script.edges.filter((e) => e.from === node.id)
  const ends = node.kind === 'close' || node.kind === 'voicemail'
  const addOne = () => {
    const added = addReply(script, node.id)
    onChange(added.script)
    focusLater(fieldId({ kind: 'edge', nodeId: node.id, edgeId: added.edgeId, field: 'label' }))
  }
  return (
    <section className="card step-editor" aria-labelledby="step-editor-heading">
      <div className="step-editor-head">
        <h2 id="step-editor-heading">
          {node.title.trim() || 'Untitled step'}
          <span className="heading-sub">Step id: {node.id}</span>
        </h2>
        <button type="button" className="button danger" onClick={onRemoveStep}>
          Remove this step
        </button>
      </div>
      <div className="grid-2">
        <EditorText
          id={id('title')}
          label="Step title"
          value={node.title}
          onChange={(title) => set({ title })}
          error={messageFor(problems, id('title'))}
        />
        <EditorSelect
          id={`node-${node.id}-kind`}
          label="Kind of step"
          value={node.kind}
          onChange={(kind) => set({ kind: kind as NodeKind })}
          options={kindOptions}
          description={ends ? 'The call can end here.' : 'The call goes on from here.'}
        />
      </div>
      {node.kind === 'answer' && (
        <EditorText
          id={id('concern')}
          label="The concern this answers"
          value={node.concern ?? ''}
          onChange={(concern) => set({ concern })}
          error={messageFor(problems, id('concern'))}
        />
      )}
      <EditorText
        id={id('line')}
        label="What you say"
        multiline
        value={node.line}
        onChange={(line) => set({ line })}
        error={messageFor(problems, id('line'))}
        description={
          <>
            <LineLength line={node.line} /> {fieldHelp}
          </>
        }
      />
      <EditorText
        id={id('coaching')}
        label="Coaching tip"
        multiline
        value={node.coaching ?? ''}
        onChange={(coaching) => set({ coaching })}
        error={messageFor(problems, id('coaching'))}
      />
      <DontsEditor
        nodeId={node.id}
        donts={node.donts}
        error={messageFor(problems, id('donts'))}
        onChange={(donts) => set({ donts })}
        onAdded={focusLater}
      />
      <section
        className="replies-editor"
        aria-labelledby="replies-editor-heading"
        id={id('replies')}
        tabIndex={-1}
      >
        <h3 id="replies-editor-heading">What the employer might answer</h3>
        {messageFor(problems, id('replies')) && (
          <p className="field-error">{messageFor(problems, id('replies'))}</p>
        )}
        {replies.length === 0 && (
          <p className="muted">
            {ends ? 'No replies: the call ends after this step.' : 'No replies yet.'}
          </p>
        )}
        {replies.map((edge, i) => (
          <ReplyEditor
            key={edge.id}
            script={script}
            edge={edge}
            index={i}
            siblings={replies.length}
            problems={problems}
            onChange={(patch) => onChange(updateReply(script, edge.id, patch))}
            onMove={(by) => onChange(moveReply(script, edge.id, by))}
            onRemove={() => onRemoveReply(edge.id)}
          />
        ))}
        <button type="button" className="button" onClick={addOne}>
          Add a reply
        </button>
      </section>
    </section>
  )
}
