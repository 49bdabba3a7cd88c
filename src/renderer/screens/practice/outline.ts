import { buildGraph, repliesFrom } from '../../../core/script/graph'
import type { CallScript, ScriptEdge, ScriptNode } from '../../../core/script/schema'

export type OutlineItem =
  /** A step shown in full, with the replies that lead on from it. */
  | { kind: 'step'; node: ScriptNode; branches: OutlineBranch[] }
  /** A step already shown higher up: the outline points back instead of repeating it. */
  | { kind: 'repeat'; node: ScriptNode }
  /** A reply pointing to a step that doesn't exist. */
  | { kind: 'missing'; nodeId: string }

export interface OutlineBranch {
  edge: ScriptEdge
  item: OutlineItem
}

export interface Outline {
  root: OutlineItem | null
  /** Steps the call never reaches from its start, each shown as its own small tree. */
  unreached: OutlineItem[]
}

/**
 * The whole call as an indented outline, depth first in reply order, so it reads like the call
 * goes. Each step is written out once, at its first appearance; later visits say where they go.
 */
export function outline(script: CallScript): Outline {
  const graph = buildGraph(script)
  const shown = new Set<string>()
  const visit = (nodeId: string): OutlineItem => {
    const node = graph.nodes.get(nodeId)
    if (!node) return { kind: 'missing', nodeId }
    if (shown.has(nodeId)) return { kind: 'repeat', node }
    shown.add(nodeId)
    return {
      kind: 'step',
      node,
      branches: repliesFrom(graph, nodeId).map((edge) => ({ edge, item: visit(edge.to) })),
    }
  }
  const root = graph.nodes.has(script.startNodeId) ? visit(script.startNodeId) : null
  const unreached: OutlineItem[] = []
  for (const node of graph.nodes.values()) if (!shown.has(node.id)) unreached.push(visit(node.id))
  return { root, unreached }
}
