import { useEffect } from 'react'
import type { ScriptView } from '../../../contract/scripts-api'
import type { CallScript } from '../../../core/script/schema'
import { anyDirty, draftStore, isDirty, useDraft, type Draft } from './draft-store'

/**
 * The script being edited. Starts from the saved version, follows it while there are no edits
 * (another window may save), and keeps unsaved edits across screens until saved or discarded.
 */
export function useEditorDraft(scriptId: string, saved: ScriptView | undefined) {
  const draft = useDraft(scriptId)
  const dirty = isDirty(draft)

  useEffect(() => {
    if (!saved) return
    const stale = draft && !dirty && draft.base.updatedAt !== saved.script.updatedAt
    if (!draft || stale) draftStore.set(scriptId, { base: saved.script, script: saved.script })
  }, [scriptId, saved, draft, dirty])

  // Closing or reloading the window would lose unsaved edits: let the browser ask first.
  useEffect(() => {
    const onUnload = (e: BeforeUnloadEvent) => {
      if (anyDirty()) e.preventDefault()
    }
    window.addEventListener('beforeunload', onUnload)
    return () => window.removeEventListener('beforeunload', onUnload)
  }, [])

  const update = (change: (script: CallScript) => CallScript) => {
    const now = draftStore.get(scriptId)
    if (now) draftStore.set(scriptId, { ...now, script: change(now.script) })
  }
  const replace = (next: Draft) => draftStore.set(scriptId, next)
  const discard = () => {
    if (saved) draftStore.set(scriptId, { base: saved.script, script: saved.script })
  }
  return { draft, dirty, update, replace, discard }
}
