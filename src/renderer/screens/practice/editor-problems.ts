import { unknownFields } from '../../../core/script/merge-fields'
import { callScriptSchema } from '../../../core/script/schema'
import type { CallScript, ScriptEdge, ScriptNode } from '../../../core/script/schema'
import { validateScript, type ScriptProblem } from '../../../core/script/validate'

export type NodeField = 'title' | 'line' | 'coaching' | 'concern' | 'donts' | 'replies'
export type EdgeField = 'label' | 'employerLine' | 'to'

/** Where in the editor a problem is fixed. */
export type FieldRef =
  | { kind: 'script'; field: 'name' | 'start' }
  | { kind: 'node'; nodeId: string; field: NodeField }
  | { kind: 'edge'; nodeId: string; edgeId: string; field: EdgeField }

export interface EditorProblem {
  message: string
  at: FieldRef
  /** The file format refuses it (e.g. a missing title), so it can't even be saved as a draft. */
  blocksSave: boolean
}

/** The DOM id of the field a problem points to, so it can be focused and described. */
export function fieldId(at: FieldRef): string {
  switch (at.kind) {
    case 'script':
      return `script-${at.field}`
    case 'node':
      return `node-${at.nodeId}-${at.field}`
    case 'edge':
      return `edge-${at.edgeId}-${at.field}`
  }
}

const hasUnknown = (text: string | undefined) => !!text && unknownFields(text).length > 0

function nodeFieldFor(p: ScriptProblem, node: ScriptNode): NodeField {
  switch (p.code) {
    case 'empty-line':
      return 'line'
    case 'dead-end':
      return 'replies'
    case 'unknown-merge-field':
      if (hasUnknown(node.line)) return 'line'
      if (node.donts.some(hasUnknown)) return 'donts'
      if (hasUnknown(node.coaching)) return 'coaching'
      return 'concern'
    default:
      return 'title'
  }
}

function edgeFieldFor(p: ScriptProblem, edge: ScriptEdge): EdgeField {
  if (p.code === 'dangling-edge') return 'to'
  if (p.code === 'unknown-merge-field' && !hasUnknown(edge.label)) return 'employerLine'
  return 'label'
}

function place(p: ScriptProblem, script: CallScript): FieldRef {
  const edge = p.edgeId ? script.edges.find((e) => e.id === p.edgeId) : undefined
  if (edge && p.nodeId) {
    return { kind: 'edge', nodeId: p.nodeId, edgeId: edge.id, field: edgeFieldFor(p, edge) }
  }
  const node = p.nodeId ? script.nodes.find((n) => n.id === p.nodeId) : undefined
  if (node) return { kind: 'node', nodeId: node.id, field: nodeFieldFor(p, node) }
  return { kind: 'script', field: 'start' }
}

const nodeFields: readonly string[] = ['title', 'line', 'coaching', 'concern', 'donts']
const edgeFields: readonly string[] = ['label', 'employerLine', 'to']

/** Maps a schema issue's path (["nodes", 3, "title"]) to the field it is about. */
function placeIssue(path: PropertyKey[], script: CallScript): FieldRef {
  const [list, index, field] = path
  const node = list === 'nodes' && typeof index === 'number' ? script.nodes[index] : undefined
  if (node) {
    const f = String(field)
    return {
      kind: 'node',
      nodeId: node.id,
      field: (nodeFields.includes(f) ? f : 'title') as NodeField,
    }
  }
  const edge = list === 'edges' && typeof index === 'number' ? script.edges[index] : undefined
  if (edge) {
    const f = String(field)
    return {
      kind: 'edge',
      nodeId: edge.from,
      edgeId: edge.id,
      field: (edgeFields.includes(f) ? f : 'label') as EdgeField,
    }
  }
  return { kind: 'script', field: list === 'name' ? 'name' : 'start' }
}

/**
 * Everything wrong with a draft, as the editor shows it: what the file format refuses first
 * (those block saving), then what stops practice (those only block the player).
 */
export function editorProblems(script: CallScript): EditorProblem[] {
  const parsed = callScriptSchema.safeParse(script)
  const format: EditorProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        message: issue.message,
        at: placeIssue(issue.path, script),
        blocksSave: true,
      }))
  const practice = validateScript(script).map((p) => ({
    message: p.message,
    at: place(p, script),
    blocksSave: false,
  }))
  return [...format, ...practice]
}

/** The node a problem belongs to, for the badges in the step list. */
export const problemNode = (p: EditorProblem): string | undefined =>
  p.at.kind === 'script' ? undefined : p.at.nodeId

/** The first message for one field, shown beside it. */
export function messageFor(problems: EditorProblem[], id: string): string | undefined {
  return problems.find((p) => fieldId(p.at) === id)?.message
}
