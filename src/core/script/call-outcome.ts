import type { PlayerState } from './player'
import type { CallLogKind, CallScript } from './schema'

/** What the end of a rehearsed call suggests for logging the real one. */
export interface CallLogPreset {
  answered: boolean
  /** A decision they told you about; null when none was made. */
  outcome: 'offer' | 'next-round' | 'rejected' | null
  /** They gave a date for their decision (the user types the date itself). */
  gaveDate: boolean
}

const presets: Record<CallLogKind, CallLogPreset> = {
  'no-answer': { answered: false, outcome: null, gaveDate: false },
  'no-decision': { answered: true, outcome: null, gaveDate: false },
  'decision-date': { answered: true, outcome: null, gaveDate: true },
  offer: { answered: true, outcome: 'offer', gaveDate: false },
  'next-round': { answered: true, outcome: 'next-round', gaveDate: false },
  rejected: { answered: true, outcome: 'rejected', gaveDate: false },
}

/**
 * Reads the branch reached from the script's own data (the replies' `logAs` and the end step's
 * kind), never from step ids, so an edited or home-made script presets the log just as well.
 * The last reply on the path that says something wins: "someone else answered" is overruled
 * once they put you through and the interviewer answers. A message left (a voicemail step)
 * always means you didn't reach them.
 */
export function callLogPreset(script: CallScript, state: PlayerState): CallLogPreset {
  const edges = new Map(script.edges.map((e) => [e.id, e]))
  const kinds = new Map(script.nodes.map((n) => [n.id, n.kind]))
  let said: CallLogKind | undefined
  for (const step of state.path) {
    const logAs = step.viaEdgeId === undefined ? undefined : edges.get(step.viaEdgeId)?.logAs
    if (logAs !== undefined) said = logAs
  }
  const end = state.path[state.path.length - 1]
  if (end && kinds.get(end.nodeId) === 'voicemail') return presets['no-answer']
  return presets[said ?? 'no-decision']
}
