import type { CallScript, ScriptEdge, ScriptNode } from '../../../core/script/schema'

export interface Removed {
  node?: { item: ScriptNode; index: number }
  edges: { item: ScriptEdge; index: number }[]
}

/** What removing a step takes away: the step and the replies it offered, with their places. */
export function removedWithNode(script: CallScript, nodeId: string): Removed {
  const index = script.nodes.findIndex((n) => n.id === nodeId)
  const node = script.nodes[index]
  return {
    ...(node ? { node: { item: node, index } } : {}),
    edges: script.edges.flatMap((item, i) => (item.from === nodeId ? [{ item, index: i }] : [])),
  }
}

export function removedEdge(script: CallScript, edgeId: string): Removed {
  return {
    edges: script.edges.flatMap((item, i) => (item.id === edgeId ? [{ item, index: i }] : [])),
  }
}

function reinsert<T>(list: T[], items: { item: T; index: number }[]): T[] {
  const out = [...list]
  for (const { item, index } of [...items].sort((a, b) => a.index - b.index)) {
    out.splice(Math.min(index, out.length), 0, item)
  }
  return out
}

/**
 * Undo puts back only what was removed, where it was, into the script as it is now, so edits
 * made since the removal survive the undo.
 */
export function restore(script: CallScript, removed: Removed): CallScript {
  return {
    ...script,
    nodes: removed.node ? reinsert(script.nodes, [removed.node]) : script.nodes,
    edges: reinsert(script.edges, removed.edges),
  }
}

/** Blank DON'T examples are half-added ones: they are dropped when the script is saved. */
export const tidy = (script: CallScript): CallScript => ({
  ...script,
  nodes: script.nodes.map((n) => ({ ...n, donts: n.donts.filter((d) => d.trim() !== '') })),
})
