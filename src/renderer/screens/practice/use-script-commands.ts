import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ScriptView } from '../../../contract/scripts-api'
import type { AppClient } from '../../../contract/api'
import { errorMessage } from '../../api/errors'
import { call, useWrite } from '../../api/mutations'
import { rememberScript, scriptQuery } from '../../api/script-queries'
import { navigate } from '../../routing/router'
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
  const [saveError, setSaveError] = useState<SaveError | null>(null)
  // Each returns the script as the host now has it; its list follows on changed('scripts').
  const qc = useQueryClient()
  const { run } = useWrite(call<ScriptView>, rememberScript)
  const write = useWrite(
    (api, input: Parameters<AppClient['saveScript']>[0]) => api.saveScript(input),
    rememberScript,
  )
  const { run: remove_ } = useWrite((api) => api.deleteScript({ scriptId }))

  const save = async () => {
    if (!draft || write.isPending) return
    const blocking = problems.find((p) => p.blocksSave)
    if (blocking) {
      setSaveError({ message: `Not saved yet: ${blocking.message}`, conflict: false })
      return goTo(blocking)
    }
    try {
      const view = await write.mutateAsync({
        script: tidy(draft.script),
        ...(draft.base.updatedAt ? { expectedUpdatedAt: draft.base.updatedAt } : {}),
      })
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
    }
  }

  /** After a conflict: take the saved version as the new base, keeping or dropping these edits. */
  const resolve = async (keepMine: boolean) => {
    try {
      // A read, through the cache: the saved version becomes what every screen shows.
      const fresh = await qc.fetchQuery({ ...scriptQuery(scriptId), staleTime: 0 })
      replace({ base: fresh.script, script: keepMine && draft ? draft.script : fresh.script })
      setSaveError(null)
      toast({
        message: keepMine
          ? 'Your changes are kept. Save again to replace the other version.'
          : 'Showing the saved version.',
      })
    } catch (err) {
      toast({ message: errorMessage(err), tone: 'error' })
    }
  }

  const duplicate = () =>
    run(
      (api) => api.duplicateScript({ scriptId }),
      (copy) => {
        toast({
          message: dirty
            ? `Made “${copy.script.name}” from the saved version. Your unsaved changes stay in the original.`
            : `Made “${copy.script.name}”.`,
        })
        navigate({ name: 'practice-edit', scriptId: copy.script.id })
      },
    )

  /** Back to the shipped script, with an undo that saves the previous version again. */
  const reset = () => {
    if (!saved || !draft) return
    const before = { saved: saved.script, draft: draft.script }
    void run(
      (api) => api.resetDefaultScript(),
      (view) => {
        replace({ base: view.script, script: view.script })
        toast({
          message: 'The script is back to how the app first had it.',
          ms: 15_000,
          action: {
            label: 'Undo',
            run: () =>
              void run(
                (api) => api.saveScript({ script: before.saved }),
                (restored) => replace({ base: restored.script, script: before.draft }),
              ),
          },
        })
      },
    )
  }

  const remove = () =>
    remove_(undefined, () => {
      draftStore.clear(scriptId)
      toast({ message: `Deleted “${saved?.script.name ?? 'the script'}”.` })
      navigate({ name: 'practice' })
    })

  return { save, saving: write.isPending, saveError, resolve, duplicate, reset, remove }
}
