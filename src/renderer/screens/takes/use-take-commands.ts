import { useQueryClient } from '@tanstack/react-query'
import type { Take } from '../../../contract/takes-api'
import { formatBytes } from '../../../core/audio/format'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { takeKeys } from '../../api/take-queries'
import { downloadBlob } from '../../audio/download'
import { useToast } from '../../components/Toasts'

// Long enough to read the message and reach Undo with the keyboard.
const UNDO_MS = 10_000

/** A deleted take's buttons are gone; if focus went with them, start again from the heading. */
function landFocus() {
  if (document.activeElement && document.activeElement !== document.body) return
  document.querySelector<HTMLElement>('main h1')?.focus()
}

/** What can be done to takes, each ending in a short message (with Undo where it deletes). */
export function useTakeCommands() {
  const qc = useQueryClient()
  const toast = useToast()
  const api = getClient()
  const refresh = () => qc.invalidateQueries({ queryKey: takeKeys.all })
  const fail = (err: unknown) => toast({ message: errorMessage(err), tone: 'error' })
  /** Null when it failed (the user has been told); otherwise the host's answer. */
  const run = async <T>(work: () => Promise<T>): Promise<{ value: T } | null> => {
    try {
      const value = await work()
      await refresh()
      return { value }
    } catch (err) {
      fail(err)
      return null
    }
  }

  return {
    rename: (take: Take, name: string) => run(() => api.renameTake({ id: take.id, name })),
    star: (take: Take, starred: boolean) => run(() => api.starTake({ id: take.id, starred })),

    async remove(take: Take) {
      if (!(await run(() => api.deleteTake({ id: take.id })))) return
      landFocus()
      toast({
        message: `Deleted “${take.name}”.`,
        ms: UNDO_MS,
        action: { label: 'Undo', run: () => void run(() => api.restoreTake({ id: take.id })) },
      })
    },

    async removeMany(input: Parameters<typeof api.deleteTakes>[0], emptyMessage: string) {
      const done = await run(() => api.deleteTakes(input))
      if (!done) return
      landFocus()
      const result = done.value
      if (result.ids.length === 0) {
        toast({ message: emptyMessage })
        return
      }
      const n = result.ids.length
      toast({
        message: `Deleted ${n} ${n === 1 ? 'take' : 'takes'} (${formatBytes(result.bytes)}).`,
        ms: UNDO_MS,
        action: { label: 'Undo', run: () => void run(() => api.restoreTakes({ ids: result.ids })) },
      })
    },

    async reveal(take: Take) {
      try {
        const { revealed, path } = await api.revealTake({ id: take.id })
        toast({
          message: revealed ? `Shown in your file manager: ${path}` : `The file is at ${path}`,
          ms: UNDO_MS,
        })
      } catch (err) {
        fail(err)
      }
    },

    async exportCopy(take: Take) {
      try {
        const result = await api.exportTake({ id: take.id })
        if (result.outcome === 'saved') toast({ message: `Saved a copy to ${result.path}` })
        if (result.outcome === 'download') {
          const { audio, mimeType } = await api.getTakeAudio({ id: take.id })
          downloadBlob(new Blob([audio], { type: mimeType }), result.fileName)
        }
      } catch (err) {
        fail(err)
      }
    },
  }
}
