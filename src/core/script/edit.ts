import { LABEL_MAX } from './schema'
import type { CallScript, NodeKind, ScriptEdge, ScriptNode } from './schema'

// Pure edits for the script editor. Each returns a new script and never fixes problems behind
// the user's back: a removed step leaves the replies that pointed to it dangling, so the
// validator names them and the user decides where they should go instead.

const ID_MAX = 40

/** "Concern: Salary!" → "concern-salary"; never empty, never longer than an id may be. */
export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ID_MAX - 4)
    .replace(/-+$/, '')
  return slug || fallback
}

/** `base`, or `base-2`, `base-3`… whichever is free; always a valid script id. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const stem = slugify(base)
  if (!used.has(stem)) return stem
  for (let n = 2; ; n++) {
    const candidate = `${stem.slice(0, ID_MAX - String(n).length - 1)}-${n}`
    if (!used.has(candidate)) return candidate
  }
}

const nodeIds = (script: CallScript) => script.nodes.map((n) => n.id)
const edgeIds = (script: CallScript) => script.edges.map((e) => e.id)

export function updateNode(
  script: CallScript,
  nodeId: string,
  patch: Partial<Omit<ScriptNode, 'id'>>,
): CallScript {
  return {
    ...script,
    nodes: script.nodes.map((node) => (node.id === nodeId ? { ...node, ...patch } : node)),
  }
}

export function addNode(
  script: CallScript,
  init: { kind?: NodeKind; title?: string } = {},
): { script: CallScript; nodeId: string } {
  const title = init.title ?? 'New step'
  const nodeId = uniqueId(title, nodeIds(script))
  const node: ScriptNode = { id: nodeId, kind: init.kind ?? 'question', title, line: '', donts: [] }
  return { script: { ...script, nodes: [...script.nodes, node] }, nodeId }
}

/** Removes the step and the replies it offered; replies leading to it are left for the user. */
export function removeNode(script: CallScript, nodeId: string): CallScript {
  return {
    ...script,
    nodes: script.nodes.filter((n) => n.id !== nodeId),
    edges: script.edges.filter((e) => e.from !== nodeId),
  }
}

/** Where a new reply from `from` most likely goes: where its siblings go, else a closing step. */
function likelyTarget(script: CallScript, from: string): string {
  const sibling = script.edges.find((e) => e.from === from)
  if (sibling) return sibling.to
  const close = script.nodes.find((n) => n.kind === 'close' && n.id !== from)
  return close?.id ?? from
}

export function addReply(
  script: CallScript,
  from: string,
  init: { label?: string; to?: string; employerLine?: string } = {},
): { script: CallScript; edgeId: string } {
  const label = (init.label ?? '').slice(0, LABEL_MAX)
  const edgeId = uniqueId(`${from}-${label || 'reply'}`, edgeIds(script))
  const edge: ScriptEdge = {
    id: edgeId,
    from,
    to: init.to ?? likelyTarget(script, from),
    label,
    ...(init.employerLine !== undefined ? { employerLine: init.employerLine } : {}),
  }
  return { script: { ...script, edges: [...script.edges, edge] }, edgeId }
}

export function updateReply(
  script: CallScript,
  edgeId: string,
  patch: Partial<Omit<ScriptEdge, 'id' | 'from'>>,
): CallScript {
  return {
    ...script,
    edges: script.edges.map((edge) => (edge.id === edgeId ? { ...edge, ...patch } : edge)),
  }
}

export function removeReply(script: CallScript, edgeId: string): CallScript {
  return { ...script, edges: script.edges.filter((e) => e.id !== edgeId) }
}

/** Moves a reply up or down among the replies of the same step (its number key changes). */
export function moveReply(script: CallScript, edgeId: string, by: -1 | 1): CallScript {
  const edge = script.edges.find((e) => e.id === edgeId)
  if (!edge) return script
  const siblings = script.edges.filter((e) => e.from === edge.from)
  const at = siblings.indexOf(edge)
  const swapWith = siblings[at + by]
  if (!swapWith) return script
  const edges = [...script.edges]
  const i = edges.indexOf(edge)
  const j = edges.indexOf(swapWith)
  edges[i] = swapWith
  edges[j] = edge
  return { ...script, edges }
}

export interface NewConcern {
  /** The step where the user asks about concerns. */
  from: string
  /** What the employer might worry about, in their words or a short summary. */
  concern: string
  /** The user's prepared answer. */
  answer: string
  /** Where the call goes once the concern is answered. */
  then: string
}

/**
 * A prepared answer to a likely concern: an answer step, a reply leading to it from the
 * question, and a reply from the answer on to the rest of the call.
 */
export function addConcern(
  script: CallScript,
  { from, concern, answer, then }: NewConcern,
): { script: CallScript; nodeId: string; edgeId: string } {
  const short = concern.trim()
  const title = `Answer: ${short}`.slice(0, LABEL_MAX)
  const nodeId = uniqueId(`answer-${short}`, nodeIds(script))
  const node: ScriptNode = {
    id: nodeId,
    kind: 'answer',
    title,
    concern: short,
    line: answer,
    donts: [],
  }
  const withNode: CallScript = { ...script, nodes: [...script.nodes, node] }
  const asked = addReply(withNode, from, {
    label: `Concern: ${short}`,
    to: nodeId,
    employerLine: short,
  })
  const onward = addReply(asked.script, nodeId, { label: 'That answers it', to: then })
  return { script: onward.script, nodeId, edgeId: asked.edgeId }
}

/**
 * The step where concerns are asked about: the first step with a reply leading to an answer,
 * else the first question. Used to offer "Add a concern" in the right place.
 */
export function concernsQuestion(script: CallScript): string | undefined {
  const kinds = new Map(script.nodes.map((n) => [n.id, n.kind]))
  const asking = script.edges.find((e) => kinds.get(e.to) === 'answer' && kinds.has(e.from))
  return asking?.from ?? script.nodes.find((n) => n.kind === 'question')?.id
}

/**
 * Where the call usually goes after a concern is answered: the target of the question's
 * own non-concern reply (e.g. "No concerns" → timeline), else the first close step.
 */
export function afterConcerns(script: CallScript, from: string): string | undefined {
  const kinds = new Map(script.nodes.map((n) => [n.id, n.kind]))
  const onward = script.edges.find(
    (e) => e.from === from && kinds.has(e.to) && kinds.get(e.to) !== 'answer',
  )
  return onward?.to ?? script.nodes.find((n) => n.kind === 'close')?.id
}
