import type { NodeMarker } from '../../../core/audio/analyze'

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5] as const
/** Arrow keys move this far: enough to skip a sentence, small enough to find one. */
export const SEEK_STEP_S = 5

/** "0:03.2", "12:05.0": tenths show that a jump landed where it should. */
export function clockTime(seconds: number): string {
  const tenths = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 10) : 0
  const m = Math.floor(tenths / 600)
  const s = Math.floor((tenths % 600) / 10)
  return `${m}:${s < 10 ? '0' : ''}${s}.${tenths % 10}`
}

export interface MarkerSpan {
  nodeId: string
  startMs: number
  endMs: number
}

/** Each marker with where the next one begins (or the take ends), in time order. */
export function markerSpans(markers: NodeMarker[], durationMs: number): MarkerSpan[] {
  const ordered = [...markers].sort((a, b) => a.atMs - b.atMs)
  return ordered.map((m, i) => ({
    nodeId: m.nodeId,
    startMs: Math.min(m.atMs, durationMs),
    endMs: Math.min(ordered[i + 1]?.atMs ?? durationMs, durationMs),
  }))
}
