import { buildGraph, repliesFrom } from './graph'
import type { CallScript, PracticeCounts, ScriptEdge, ScriptNode } from './schema'
import { validateScript } from './validate'

export interface PlayerStep {
  nodeId: string
  /** The reply that led here; absent on the first step. */
  viaEdgeId?: string
}

export interface PlayerState {
  scriptId: string
  /** Never empty: the first step is the script's start. */
  path: PlayerStep[]
}

export interface PlayerView {
  node: ScriptNode
  replies: ScriptEdge[]
  /** No replies left: the call is over (a close or voicemail step). */
  isEnd: boolean
  breadcrumb: { nodeId: string; title: string }[]
}

/** Throws with the first problem's message, so the UI can say why practice can't begin. */
export function start(script: CallScript): PlayerState {
  const [problem] = validateScript(script)
  if (problem) throw new Error(problem.message)
  return { scriptId: script.id, path: [{ nodeId: script.startNodeId }] }
}

function nodeOf(script: CallScript, nodes: Map<string, ScriptNode>, nodeId: string): ScriptNode {
  const node = nodes.get(nodeId)
  // The script can be edited between rehearsals; a stale state must not show the wrong step.
  if (!node) throw new Error(`The step “${nodeId}” is no longer in “${script.name}”. Start again.`)
  return node
}

function here(state: PlayerState): PlayerStep {
  const step = state.path[state.path.length - 1]
  if (!step) throw new Error('This practice run has no steps. Start again.')
  return step
}

export function current(script: CallScript, state: PlayerState): PlayerView {
  if (state.scriptId !== script.id) {
    throw new Error(`This practice run belongs to another script, not “${script.name}”.`)
  }
  const graph = buildGraph(script)
  const node = nodeOf(script, graph.nodes, here(state).nodeId)
  const replies = repliesFrom(graph, node.id)
  return {
    node,
    replies,
    isEnd: replies.length === 0,
    breadcrumb: state.path.map((step) => ({
      nodeId: step.nodeId,
      title: nodeOf(script, graph.nodes, step.nodeId).title,
    })),
  }
}

export function choose(script: CallScript, state: PlayerState, replyIndex: number): PlayerState {
  const edge = current(script, state).replies[replyIndex]
  if (!edge) return state
  return { ...state, path: [...state.path, { nodeId: edge.to, viaEdgeId: edge.id }] }
}

export function back(state: PlayerState): PlayerState {
  if (state.path.length <= 1) return state
  return { ...state, path: state.path.slice(0, -1) }
}

export function restart(state: PlayerState): PlayerState {
  if (state.path.length <= 1) return state
  return { ...state, path: state.path.slice(0, 1) }
}

/**
 * Picks a reply index for "surprise me" practice. With counts, it picks among the replies
 * taken least often, so never-practised ones come up first. -1 when the call has ended.
 */
export function surpriseChoice(
  script: CallScript,
  state: PlayerState,
  random: () => number,
  counts?: PracticeCounts,
): number {
  const replies = current(script, state).replies
  if (replies.length === 0) return -1
  const times = replies.map((reply) => counts?.[reply.id] ?? 0)
  const fewest = Math.min(...times)
  const candidates = times.flatMap((count, i) => (count === fewest ? [i] : []))
  // Math.min guards a random source that returns exactly 1.
  const pick = Math.min(Math.floor(random() * candidates.length), candidates.length - 1)
  return candidates[Math.max(pick, 0)] ?? 0
}
