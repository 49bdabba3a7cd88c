import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { addNode, removeNode, removeReply } from '../../../core/script/edit'
import type { CallScript } from '../../../core/script/schema'
import { errorMessage } from '../../api/errors'
import { useScript } from '../../api/script-queries'
import { href } from '../../routing/router'
import { PageHeading } from '../../components/PageHeading'
import { useToast } from '../../components/Toasts'
import { ConcernForm } from './ConcernForm'
import { EditorActions } from './EditorActions'
import { EditorSelect, EditorText } from './EditorField'
import {
  editorProblems,
  fieldId,
  messageFor,
  problemNode,
  type EditorProblem,
} from './editor-problems'
import { removedEdge, removedWithNode, restore } from './editor-undo'
import { ProblemsPanel } from './ProblemsPanel'
import { SaveStatus } from './SaveStatus'
import { StepEditor } from './StepEditor'
import { StepList } from './StepList'
import { useEditorDraft } from './use-editor-draft'
import { useFieldFocus } from './use-field-focus'
import { useScriptCommands } from './use-script-commands'
import './practice.css'

/** Edit a call script with live validation; drafts with problems save, but won't play. */
export function ScriptEditorScreen({ scriptId, nodeId }: { scriptId: string; nodeId?: string }) {
  const toast = useToast()
  const saved = useScript(scriptId)
  const { draft, dirty, update, replace } = useEditorDraft(scriptId, saved.data)
  const [selected, setSelected] = useState<string | null>(nodeId ?? null)
  const [addingConcern, setAddingConcern] = useState(false)
  const openedAt = useRef(false)
  const focusField = useFieldFocus()

  const script = draft?.script
  const problems = useMemo(() => (script ? editorProblems(script) : []), [script])
  const node = script
    ? (script.nodes.find((n) => n.id === (selected ?? script.startNodeId)) ?? script.nodes[0])
    : undefined

  const goTo = (p: EditorProblem) => {
    setAddingConcern(false)
    if (p.at.kind !== 'script') setSelected(p.at.nodeId)
    focusField(fieldId(p.at))
  }
  const commands = useScriptCommands({
    scriptId,
    saved: saved.data,
    draft,
    dirty,
    replace,
    problems,
    goTo,
  })

  // Opened from a problem in the player: go straight to what is wrong with that step.
  useEffect(() => {
    if (!script || !nodeId || openedAt.current) return
    openedAt.current = true
    const first = problems.find((p) => problemNode(p) === nodeId)
    focusField(first ? fieldId(first.at) : fieldId({ kind: 'node', nodeId, field: 'title' }))
  }, [script, nodeId, problems, focusField])

  const change = (next: CallScript) => update(() => next)

  // Removals come with an undo that puts back just what went, keeping edits made since.
  const removeStep = (id: string) => {
    if (!script) return
    const removed = removedWithNode(script, id)
    const index = removed.node?.index ?? 0
    update((s) => removeNode(s, id))
    setSelected((script.nodes[index + 1] ?? script.nodes[index - 1])?.id ?? null)
    toast({
      message: `Removed the step “${removed.node?.item.title || id}”.`,
      ms: 10_000,
      action: {
        label: 'Undo',
        run: () => {
          update((s) => restore(s, removed))
          setSelected(id)
        },
      },
    })
  }
  const removeOneReply = (edgeId: string) => {
    if (!script) return
    const removed = removedEdge(script, edgeId)
    update((s) => removeReply(s, edgeId))
    toast({
      message: `Removed the reply “${removed.edges[0]?.item.label || edgeId}”.`,
      ms: 10_000,
      action: { label: 'Undo', run: () => update((s) => restore(s, removed)) },
    })
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault()
      void commands.save()
    }
  }

  const heading = (
    <PageHeading
      actions={
        saved.data && (
          <EditorActions
            scriptId={scriptId}
            builtIn={saved.data.script.builtIn}
            saving={commands.saving}
            onSave={() => void commands.save()}
            onDuplicate={() => void commands.duplicate()}
            onReset={commands.reset}
            onDelete={() => void commands.remove()}
          />
        )
      }
    >
      {script ? `Edit: ${script.name.trim() || 'Untitled script'}` : 'Edit call script'}
    </PageHeading>
  )

  if (saved.error) {
    return (
      <>
        {heading}
        <p role="alert" className="error-text">
          {errorMessage(saved.error)}{' '}
          <a href={href({ name: 'practice' })}>Back to your call scripts</a>
        </p>
      </>
    )
  }
  if (!script || !draft) return heading

  const problemCounts = new Map<string, number>()
  for (const p of problems) {
    const id = problemNode(p)
    if (id) problemCounts.set(id, (problemCounts.get(id) ?? 0) + 1)
  }
  const nodeOptions = script.nodes.map((n) => [n.id, n.title.trim() || n.id] as const)
  if (!script.nodes.some((n) => n.id === script.startNodeId)) {
    nodeOptions.unshift([script.startNodeId, `Missing step “${script.startNodeId}”`])
  }

  return (
    <div onKeyDown={onKeyDown}>
      {heading}
      <SaveStatus
        dirty={dirty}
        error={commands.saveError}
        onDiscard={() => replace({ base: draft.base, script: draft.base })}
        onResolve={(keepMine) => void commands.resolve(keepMine)}
      />
      <div className="script-details grid-2">
        <EditorText
          id="script-name"
          label="Script name"
          value={script.name}
          onChange={(name) => update((s) => ({ ...s, name }))}
          error={messageFor(problems, 'script-name')}
        />
        <EditorSelect
          id="script-start"
          label="The call starts with"
          value={script.startNodeId}
          onChange={(startNodeId) => update((s) => ({ ...s, startNodeId }))}
          options={nodeOptions}
          error={messageFor(problems, 'script-start')}
        />
      </div>
      <div className="editor-layout">
        <StepList
          nodes={script.nodes}
          startNodeId={script.startNodeId}
          selected={addingConcern ? null : (node?.id ?? null)}
          problemCounts={problemCounts}
          onSelect={(id) => {
            setAddingConcern(false)
            setSelected(id)
          }}
          onAdd={() => {
            const added = addNode(script)
            change(added.script)
            setAddingConcern(false)
            setSelected(added.nodeId)
            focusField(fieldId({ kind: 'node', nodeId: added.nodeId, field: 'title' }))
          }}
          onAddConcern={() => {
            setAddingConcern(true)
            focusField('concern-text')
          }}
        />
        <div className="editor-main">
          <ProblemsPanel problems={problems} onGoTo={goTo} />
          {addingConcern ? (
            <ConcernForm
              script={script}
              onAdd={(next, id) => {
                change(next)
                setAddingConcern(false)
                setSelected(id)
                focusField(fieldId({ kind: 'node', nodeId: id, field: 'line' }))
                toast({ message: 'Added the concern and its answer.' })
              }}
              onCancel={() => setAddingConcern(false)}
            />
          ) : node ? (
            <StepEditor
              key={node.id}
              script={script}
              node={node}
              problems={problems}
              onChange={change}
              focusLater={focusField}
              onRemoveStep={() => removeStep(node.id)}
              onRemoveReply={removeOneReply}
            />
          ) : (
            <p className="empty-inline">This script has no steps yet. Add one to begin.</p>
          )}
        </div>
      </div>
    </div>
  )
}
