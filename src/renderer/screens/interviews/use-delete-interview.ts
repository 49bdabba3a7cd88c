import { useCallback } from 'react'
import type { Interview } from '../../../core/interview/schema'
import { rememberInterview, useWrite } from '../../api/mutations'
import { useToast } from '../../components/Toasts'

/** Deletes at once (no "are you sure?") and offers Undo, which is calmer and just as safe. */
export function useDeleteInterview() {
  const toast = useToast()
  const { run: remove } = useWrite((api, id: string) => api.deleteInterview({ id }))
  const { run: restore } = useWrite(
    (api, id: string) => api.restoreInterview({ id }),
    rememberInterview,
  )
  return useCallback(
    (interview: Pick<Interview, 'id' | 'company' | 'role'>, after?: () => void) =>
      remove(interview.id, () => {
        after?.()
        toast({
          message: `Deleted ${interview.company} (${interview.role}).`,
          ms: 10_000,
          action: { label: 'Undo', run: () => void restore(interview.id) },
        })
      }),
    [remove, restore, toast],
  )
}
