import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ScriptView } from '../../../contract/scripts-api'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { scriptKeys } from '../../api/script-queries'
import { navigate } from '../../app/router'
import { useToast } from '../../components/Toasts'
import { draftStore, type Draft } from './draft-store'
import type { EditorProblem } from './editor-problems'
import { tidy } from './editor-undo'

export type SaveError = { message: string; conflict: boolean }

interface Args {
  scriptId: string
  saved: ScriptView | undefined
  draft: Draft | undefined
  dirty: boolean
  replace: (next: Draft) => void
  problems: EditorProblem[]
  /** Takes the user to a problem that stops the save. */
  goTo: (problem: EditorProblem) => void
}

/** What the editor asks of the host: save, copy, reset, delete; each keeps the draft in step. */
export function useScriptCommands({
  scriptId,
  saved,
  draft,
  dirty,
  replace,
  problems,
  goTo,
}: Args) {
  const toast = useToast()
  const qc = useQueryClient()
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<SaveError | null>(null)

  const remember = (view: ScriptView) => {
    qc.setQueryData(scriptKeys.script(view.script.id), view)
    void qc.invalidateQueries({ queryKey: scriptKeys.list })
  }
  const fail = (err: unknown) => toast({ message: errorMessage(err), tone: 'error' })

  const save = async () => {
    if (!draft || saving) return
    const blocking = problems.find((p) => p.blocksSave)
    if (blocking) {
      setSaveError({ message: `Not saved yet: ${blocking.message}`, conflict: false })
      return goTo(blocking)
    }
    setSaving(true)
    try {
      const view = await getClient().saveScript({
        script: tidy(draft.script),
        ...(draft.base.updatedAt ? { expectedUpdatedAt: draft.base.updatedAt } : {}),
      })
      remember(view)
      replace({ base: view.script, script: view.script })
      setSaveError(null)
      const left = view.problems.length
      toast({
        message: left
          ? `Saved as a draft. ${left} ${left === 1 ? 'problem' : 'problems'} to fix before you can practise.`
          : 'Saved. Ready to practise.',
      })
    } catch (err) {
      const conflict = (err as { code?: string }).code === 'conflict'
      setSaveError({ message: errorMessage(err), conflict })
    } finally {
      setSaving(false)
    }
  }

  /** After a conflict: take the saved version as the new base, keeping or dropping these edits. */
  const resolve = async (keepMine: boolean) => {
    try {
      const fresh = await getClient().getScript({ scriptId })
      remember(fresh)
      replace({ base: fresh.script, script: keepMine && draft ? draft.script : fresh.script })
      setSaveError(null)
      toast({
        message: keepMine
          ? 'Your changes are kept. Save again to replace the other version.'
          : 'Showing the saved version.',
      })
    } catch (err) {
      fail(err)
    }
  }

  const duplicate = () =>
    getClient()
      .duplicateScript({ scriptId })
      .then((copy) => {
        remember(copy)
        toast({
          message: dirty
            ? `Made “${copy.script.name}” from the saved version. Your unsaved changes stay in the original.`
            : `Made “${copy.script.name}”.`,
        })
        navigate({ name: 'practice-edit', scriptId: copy.script.id })
      }, fail)

  /** Back to the shipped script, with an undo that saves the previous version again. */
  const reset = () => {
    if (!saved || !draft) return
    const before = { saved: saved.script, draft: draft.script }
    getClient()
      .resetDefaultScript()
      .then((view) => {
        remember(view)
        replace({ base: view.script, script: view.script })
        toast({
          message: 'The script is back to how the app first had it.',
          ms: 15_000,
          action: {
            label: 'Undo',
            run: () =>
              void getClient()
                .saveScript({ script: before.saved })
                .then((restored) => {
                  remember(restored)
                  replace({ base: restored.script, script: before.draft })
                }, fail),
          },
        })
      }, fail)
  }

  const remove = () =>
    getClient()
      .deleteScript({ scriptId })
      .then(async () => {
        draftStore.clear(scriptId)
        await qc.invalidateQueries({ queryKey: scriptKeys.all })
        toast({ message: `Deleted “${saved?.script.name ?? 'the script'}”.` })
        navigate({ name: 'practice' })
      }, fail)

  return { save, saving, saveError, resolve, duplicate, reset, remove }
}
