import { useCallback } from 'react'
import type { Interview } from '../../../core/interview/schema'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { keys, queryClient } from '../../api/queries'
import { useToast } from '../../components/Toasts'

/** Deletes at once (no "are you sure?") and offers Undo, which is calmer and just as safe. */
export function useDeleteInterview() {
  const toast = useToast()
  return useCallback(
    async (interview: Pick<Interview, 'id' | 'company' | 'role'>, after?: () => void) => {
      try {
        await getClient().deleteInterview({ id: interview.id })
        await queryClient.invalidateQueries({ queryKey: keys.interviews })
        after?.()
        toast({
          message: `Deleted ${interview.company} (${interview.role}).`,
          ms: 10_000,
          action: {
            label: 'Undo',
            run: () => {
              void getClient()
                .restoreInterview({ id: interview.id })
                .then(() => queryClient.invalidateQueries({ queryKey: keys.interviews }))
                .catch((err: unknown) => toast({ message: errorMessage(err), tone: 'error' }))
            },
          },
        })
      } catch (err) {
        toast({ message: errorMessage(err), tone: 'error' })
      }
    },
    [toast],
  )
}
