import { buildGraph, isEndKind, reachableFrom, repliesFrom } from './graph'
import type { ScriptGraph } from './graph'
import { unknownFields } from './merge-fields'
import type { CallScript, ScriptEdge, ScriptNode } from './schema'

export type ScriptProblemCode =
  | 'unreachable'
  | 'dead-end'
  | 'trapped-loop'
  | 'unknown-merge-field'
  | 'empty-line'
  | 'missing-start'
  | 'dangling-edge'
  | 'duplicate-id'
  | 'empty-label'

export interface ScriptProblem {
  code: ScriptProblemCode
  nodeId?: string
  edgeId?: string
  message: string
}

const name = (node: ScriptNode) => `“${node.title.trim() || 'Untitled step'}” (${node.id})`

function replyName(edge: ScriptEdge, graph: ScriptGraph): string {
  const label = edge.label.trim() ? `“${edge.label.trim()}” ` : ''
  const from = graph.nodes.get(edge.from)
  return `The reply ${label}(${edge.id}) from ${from ? name(from) : `“${edge.from}”`}`
}

const list = (items: string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`

/**
 * Everything that would stop the call from being rehearsed, structural problems first
 * so the first message is the one most worth fixing.
 */
export function validateScript(script: CallScript): ScriptProblem[] {
  const graph = buildGraph(script)
  return [
    ...duplicateIds(script),
    ...missingStart(script, graph),
    ...danglingEdges(script, graph),
    ...unreachable(script, graph),
    ...deadEnds(graph),
    ...trappedLoops(graph),
    ...emptyLines(script),
    ...emptyLabels(script, graph),
    ...unknownMergeFields(script, graph),
  ]
}

export function isPlayable(problems: readonly ScriptProblem[]): boolean {
  return problems.length === 0
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id)
  return [...repeated]
}

function duplicateIds(script: CallScript): ScriptProblem[] {
  return [
    ...duplicates(script.nodes.map((n) => n.id)).map((id) => ({
      code: 'duplicate-id' as const,
      nodeId: id,
      message: `More than one step has the id “${id}”; each step needs its own.`,
    })),
    ...duplicates(script.edges.map((e) => e.id)).map((id) => ({
      code: 'duplicate-id' as const,
      edgeId: id,
      message: `More than one reply has the id “${id}”; each reply needs its own.`,
    })),
  ]
}

function missingStart(script: CallScript, graph: ScriptGraph): ScriptProblem[] {
  if (graph.nodes.has(script.startNodeId)) return []
  return [
    {
      code: 'missing-start',
      message: `The call starts at “${script.startNodeId}”, but there is no step with that id.`,
    },
  ]
}

function danglingEdges(script: CallScript, graph: ScriptGraph): ScriptProblem[] {
  const problems: ScriptProblem[] = []
  for (const edge of script.edges) {
    const missing = [edge.from, edge.to].filter((id) => !graph.nodes.has(id))
    if (missing.length === 0) continue
    problems.push({
      code: 'dangling-edge',
      edgeId: edge.id,
      ...(graph.nodes.has(edge.from) ? { nodeId: edge.from } : {}),
      message: `${replyName(edge, graph)} points to ${list(missing.map((id) => `“${id}”`))}, which doesn’t exist.`,
    })
  }
  return problems
}

// With the start gone, an opening step is the best guess at where the call begins, and it
// lets the user see the other problems instead of every step flagged at once.
function entryPoint(script: CallScript, graph: ScriptGraph): string | undefined {
  if (graph.nodes.has(script.startNodeId)) return script.startNodeId
  return (
    script.nodes.find((n) => n.kind === 'dial') ?? script.nodes.find((n) => n.kind === 'opening')
  )?.id
}

function unreachable(script: CallScript, graph: ScriptGraph): ScriptProblem[] {
  const entry = entryPoint(script, graph)
  if (entry === undefined) return []
  const reached = reachableFrom(graph, entry)
  return [...graph.nodes.values()]
    .filter((node) => !reached.has(node.id))
    .map((node) => ({
      code: 'unreachable' as const,
      nodeId: node.id,
      message: `${name(node)} can’t be reached from the opening.`,
    }))
}

function deadEnds(graph: ScriptGraph): ScriptProblem[] {
  return [...graph.nodes.values()]
    .filter((node) => !isEndKind(node) && repliesFrom(graph, node.id).length === 0)
    .map((node) => ({
      code: 'dead-end' as const,
      nodeId: node.id,
      message: `${name(node)} has no replies, so the call would stop there; add a reply or make it a close or voicemail step.`,
    }))
}

/**
 * Loops the caller could go round forever: groups of steps that all lead back to each other
 * and from which no close or voicemail step can be reached.
 */
function trappedLoops(graph: ScriptGraph): ScriptProblem[] {
  const canFinish = canReachAnEnd(graph)
  const problems: ScriptProblem[] = []
  const reported = new Set<string>()
  for (const node of graph.nodes.values()) {
    if (canFinish.has(node.id) || reported.has(node.id)) continue
    const forward = reachableFrom(graph, node.id)
    const group = [...graph.nodes.values()].filter(
      (other) => forward.has(other.id) && reachableFrom(graph, other.id).has(node.id),
    )
    const selfLoop = repliesFrom(graph, node.id).some((edge) => edge.to === node.id)
    if (group.length < 2 && !selfLoop) continue
    for (const member of group) reported.add(member.id)
    const names = list(group.map(name))
    problems.push({
      code: 'trapped-loop',
      nodeId: node.id,
      message:
        group.length < 2
          ? `${names} only leads back to itself, so the call can never finish from there.`
          : `${names} lead round in a loop with no way on to a close or voicemail step.`,
    })
  }
  return problems
}

function canReachAnEnd(graph: ScriptGraph): Set<string> {
  const incoming = new Map<string, string[]>()
  for (const edges of graph.outgoing.values()) {
    for (const edge of edges) {
      if (!graph.nodes.has(edge.from) || !graph.nodes.has(edge.to)) continue
      incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge.from])
    }
  }
  const ends = [...graph.nodes.values()].filter(isEndKind).map((node) => node.id)
  const seen = new Set(ends)
  for (let next = ends.shift(); next !== undefined; next = ends.shift()) {
    for (const from of incoming.get(next) ?? []) {
      if (!seen.has(from)) {
        seen.add(from)
        ends.push(from)
      }
    }
  }
  return seen
}

function emptyLines(script: CallScript): ScriptProblem[] {
  // A dial step is what happens before anyone speaks: it may have nothing to say.
  return script.nodes
    .filter((node) => node.kind !== 'dial' && node.line.trim() === '')
    .map((node) => ({
      code: 'empty-line' as const,
      nodeId: node.id,
      message: `${name(node)} has nothing for you to say yet.`,
    }))
}

function emptyLabels(script: CallScript, graph: ScriptGraph): ScriptProblem[] {
  return script.edges
    .filter((edge) => edge.label.trim() === '')
    .map((edge) => ({
      code: 'empty-label' as const,
      edgeId: edge.id,
      ...(graph.nodes.has(edge.from) ? { nodeId: edge.from } : {}),
      message: `${replyName(edge, graph)} needs a short label saying what the employer answered.`,
    }))
}

const fieldList = (names: string[]) => list(names.map((n) => `{{${n}}}`))

function unknownMergeFields(script: CallScript, graph: ScriptGraph): ScriptProblem[] {
  const problems: ScriptProblem[] = []
  for (const node of script.nodes) {
    const texts = [node.line, ...node.donts, node.coaching ?? '', node.concern ?? '']
    const unknown = [...new Set(texts.flatMap(unknownFields))]
    if (unknown.length === 0) continue
    problems.push({
      code: 'unknown-merge-field',
      nodeId: node.id,
      message: `${name(node)} uses ${fieldList(unknown)}, which the app can’t fill in.`,
    })
  }
  for (const edge of script.edges) {
    const unknown = [...new Set([edge.label, edge.employerLine ?? ''].flatMap(unknownFields))]
    if (unknown.length === 0) continue
    problems.push({
      code: 'unknown-merge-field',
      edgeId: edge.id,
      ...(graph.nodes.has(edge.from) ? { nodeId: edge.from } : {}),
      message: `${replyName(edge, graph)} uses ${fieldList(unknown)}, which the app can’t fill in.`,
    })
  }
  return problems
}
