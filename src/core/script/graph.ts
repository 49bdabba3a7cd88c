import type { CallScript, ScriptEdge, ScriptNode } from './schema'
import { endKinds } from './schema'

/** Lookups over a script that may be broken: first of any duplicate ids wins. */
export interface ScriptGraph {
  nodes: Map<string, ScriptNode>
  /** Outgoing replies per node id, in script order, including ones to missing nodes. */
  outgoing: Map<string, ScriptEdge[]>
}

export function buildGraph(script: CallScript): ScriptGraph {
  const nodes = new Map<string, ScriptNode>()
  for (const node of script.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node)
  const outgoing = new Map<string, ScriptEdge[]>()
  for (const edge of script.edges) {
    const list = outgoing.get(edge.from)
    if (list) list.push(edge)
    else outgoing.set(edge.from, [edge])
  }
  return { nodes, outgoing }
}

export function repliesFrom(graph: ScriptGraph, nodeId: string): ScriptEdge[] {
  return graph.outgoing.get(nodeId) ?? []
}

export function isEndKind(node: ScriptNode): boolean {
  return endKinds.includes(node.kind)
}

/** Node ids reachable from `from` (itself included), following only edges to real nodes. */
export function reachableFrom(graph: ScriptGraph, from: string): Set<string> {
  const seen = new Set<string>()
  if (!graph.nodes.has(from)) return seen
  const queue = [from]
  seen.add(from)
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const edge of repliesFrom(graph, next)) {
      if (graph.nodes.has(edge.to) && !seen.has(edge.to)) {
        seen.add(edge.to)
        queue.push(edge.to)
      }
    }
  }
  return seen
}
