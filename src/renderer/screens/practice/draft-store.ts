import { useSyncExternalStore } from 'react'
import type { CallScript } from '../../../core/script/schema'

export interface Draft {
  /** The saved version the edits started from (for conflict checks and "unsaved" status). */
  base: CallScript
  script: CallScript
}

// Unsaved edits live outside the editor component, so going to the player or the tree and
// coming back never throws work away. They last until saved, discarded, or the window closes.
const drafts = new Map<string, Draft>()
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

export const draftStore = {
  get: (scriptId: string): Draft | undefined => drafts.get(scriptId),
  set(scriptId: string, draft: Draft) {
    drafts.set(scriptId, draft)
    notify()
  },
  clear(scriptId: string) {
    if (drafts.delete(scriptId)) notify()
  },
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

export const isDirty = (draft: Draft | undefined): boolean =>
  !!draft && JSON.stringify(draft.script) !== JSON.stringify(draft.base)

export function useDraft(scriptId: string): Draft | undefined {
  return useSyncExternalStore(draftStore.subscribe, () => draftStore.get(scriptId))
}

/** True while any script has edits that are not saved, so closing the window can warn. */
export const anyDirty = (): boolean => [...drafts.values()].some(isDirty)
