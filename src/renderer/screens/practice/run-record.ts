import type { PlayerState } from '../../../core/script/player'

export const edgesOf = (state: PlayerState): string[] =>
  state.path.flatMap((step) => (step.viaEdgeId === undefined ? [] : [step.viaEdgeId]))

/**
 * The replies of a finished run not yet counted. Going back from the end and finishing another
 * way counts only the new part, so stepping back and forth never inflates practice counts.
 */
export function unrecorded(recorded: readonly string[], taken: readonly string[]): string[] {
  let same = 0
  while (same < recorded.length && same < taken.length && recorded[same] === taken[same]) same++
  return taken.slice(same)
}
