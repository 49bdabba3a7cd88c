import { z } from 'zod'

export const SCRIPT_ID_PATTERN = /^[a-z0-9-]{1,40}$/
export { DEFAULT_SCRIPT_ID } from './default-script-id'
export const LINE_MAX = 2_000
export const LABEL_MAX = 80
export const NAME_MAX = 100
export const NODES_MAX = 200
// Generous for 200 nodes, but bounded so a corrupt file can't make the graph checks crawl.
export const EDGES_MAX = 1_000
export const DONTS_MAX = 20

/**
 * `dial` is the moment before anyone speaks: its replies say who picked up (the interviewer,
 * their voicemail, someone else). Scripts saved before it existed simply don't use it.
 */
export const nodeKinds = ['dial', 'opening', 'question', 'answer', 'close', 'voicemail'] as const

/**
 * What a reply tells the user for the call log, so the end of a rehearsal can preset the log
 * from the branch reached. The last reply on the path that says anything wins.
 */
export const callLogKinds = [
  'no-answer',
  'no-decision',
  'decision-date',
  'offer',
  'next-round',
  'rejected',
] as const

/** Kinds where the call is allowed to finish. */
export const endKinds: readonly NodeKind[] = ['close', 'voicemail']

const id = (label: string) =>
  z.string().regex(SCRIPT_ID_PATTERN, {
    message: `${label} may only use a–z, 0–9 and -, at most 40 characters.`,
  })

const text = (label: string, max: number) =>
  z.string().max(max, {
    message: `${label} is too long (at most ${max.toLocaleString('en-US')} characters).`,
  })

const named = (label: string, max: number) =>
  text(label, max).refine((v) => v.trim() !== '', { message: `${label} is required.` })

// Empty lines and labels pass here on purpose: a half-written script can still be saved,
// and validateScript tells the user what is left to fill in.
export const scriptNodeSchema = z.strictObject({
  id: id('A step id'),
  kind: z.enum(nodeKinds),
  title: named('A step title', LABEL_MAX),
  line: text('A line', LINE_MAX),
  donts: z
    .array(text("A DON'T example", LINE_MAX))
    .max(DONTS_MAX, { message: `At most ${DONTS_MAX} DON'T examples per step.` }),
  coaching: text('A coaching tip', LINE_MAX).optional(),
  concern: text('A concern', LINE_MAX).optional(),
})

export const scriptEdgeSchema = z.strictObject({
  id: id('A reply id'),
  from: id('A reply’s start'),
  to: id('A reply’s target'),
  label: text('A reply label', LABEL_MAX),
  employerLine: text('An employer line', LINE_MAX).optional(),
  logAs: z
    .enum(callLogKinds, { message: 'That is not something a reply can mean for the log.' })
    .optional(),
})

export const callScriptSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: id('A script id'),
  name: named('A script name', NAME_MAX),
  builtIn: z.boolean(),
  startNodeId: id('The start step id'),
  nodes: z
    .array(scriptNodeSchema)
    .max(NODES_MAX, { message: `A script can have at most ${NODES_MAX} steps.` }),
  edges: z
    .array(scriptEdgeSchema)
    .max(EDGES_MAX, { message: `A script can have at most ${EDGES_MAX} replies.` }),
  updatedAt: z.iso.datetime().optional(),
})

/** How often each reply (edge id) has been taken in practice runs. */
export const practiceCountsSchema = z.record(id('A reply id'), z.number().int().nonnegative())

export type NodeKind = (typeof nodeKinds)[number]
export type CallLogKind = (typeof callLogKinds)[number]
export type ScriptNode = z.infer<typeof scriptNodeSchema>
export type ScriptEdge = z.infer<typeof scriptEdgeSchema>
export type CallScript = z.infer<typeof callScriptSchema>
export type PracticeCounts = z.infer<typeof practiceCountsSchema>
