import type { PlayerState } from './player'
import type { CallScript, PracticeCounts } from './schema'

export type { PracticeCounts } from './schema'

export interface Coverage {
  practisedEdges: number
  totalEdges: number
  /** In script order, so the list reads like the call. */
  neverPractised: { edgeId: string; fromTitle: string; label: string }[]
}

/** Adds one to each reply taken in the run; a reply taken twice in one run counts twice. */
export function recordRun(counts: PracticeCounts, state: PlayerState): PracticeCounts {
  const next = { ...counts }
  for (const step of state.path) {
    if (step.viaEdgeId !== undefined) next[step.viaEdgeId] = (next[step.viaEdgeId] ?? 0) + 1
  }
  return next
}

/** Counts for replies no longer in the script are ignored, so editing never inflates coverage. */
export function coverage(script: CallScript, counts: PracticeCounts): Coverage {
  const titles = new Map<string, string>()
  for (const node of script.nodes) if (!titles.has(node.id)) titles.set(node.id, node.title)
  const seen = new Set<string>()
  const edges = script.edges.filter((edge) => !seen.has(edge.id) && seen.add(edge.id))
  const never = edges.filter((edge) => (counts[edge.id] ?? 0) === 0)
  return {
    practisedEdges: edges.length - never.length,
    totalEdges: edges.length,
    neverPractised: never.map((edge) => ({
      edgeId: edge.id,
      fromTitle: titles.get(edge.from) ?? edge.from,
      label: edge.label,
    })),
  }
}
