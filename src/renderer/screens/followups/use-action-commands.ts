import { useCallback } from 'react'
import type { ActionView } from '../../../contract/planner-api'
import { actionLabel } from '../../../core/followup/action-label'
import { addCalendarDays } from '../../../core/followup/business-days'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { refreshFollowUps } from '../../api/queries'
import { useToast } from '../../components/Toasts'
import { formatDayShort } from '../../format'

export const dayAfter = (day: string) => addCalendarDays(day, 1)

/** Mark done, snooze and dismiss, each confirmed with a calm message (and Undo where it helps). */
export function useActionCommands() {
  const toast = useToast()
  const api = getClient()

  const run = useCallback(
    async (work: () => Promise<unknown>, message: string, undo?: () => Promise<unknown>) => {
      try {
        await work()
        await refreshFollowUps()
        toast({
          message,
          ...(undo && {
            ms: 10_000,
            action: {
              label: 'Undo',
              run: () =>
                void undo()
                  .then(refreshFollowUps)
                  .catch((e: unknown) => toast({ message: errorMessage(e), tone: 'error' })),
            },
          }),
        })
        return true
      } catch (err) {
        toast({ message: errorMessage(err), tone: 'error' })
        return false
      }
    },
    [toast],
  )

  const markDone = useCallback(
    (interviewId: string, action: ActionView, today: string) => {
      const kind = action.kind
      if (kind === 'move-on') {
        return run(
          () => api.dismissAction({ interviewId, key: action.key }),
          'Noted. The interview stays in your list if they ever get back to you.',
          () => api.restoreAction({ interviewId, key: action.key }),
        )
      }
      let loggedId = ''
      return run(
        async () => {
          const view = await api.logAttempt({
            interviewId,
            attempt: { kind, date: today, channel: action.channel ?? 'email' },
          })
          loggedId = view.attempts.find((a) => a.kind === kind && a.date === today)?.id ?? ''
        },
        `Logged: ${actionLabel(action)}.`,
        () => api.deleteAttempt({ interviewId, attemptId: loggedId }),
      )
    },
    [api, run],
  )

  const snooze = useCallback(
    (interviewId: string, action: ActionView, until: string) =>
      run(
        () => api.snoozeAction({ interviewId, key: action.key, until }),
        `Snoozed until ${formatDayShort(until)}.`,
        () => api.restoreAction({ interviewId, key: action.key }),
      ),
    [api, run],
  )

  const dismiss = useCallback(
    (interviewId: string, action: ActionView) =>
      run(
        () => api.dismissAction({ interviewId, key: action.key }),
        `Skipped: ${actionLabel(action)}.`,
        () => api.restoreAction({ interviewId, key: action.key }),
      ),
    [api, run],
  )

  const restore = useCallback(
    (interviewId: string, action: ActionView) =>
      run(
        () => api.restoreAction({ interviewId, key: action.key }),
        `${actionLabel(action)} is back on your plan.`,
      ),
    [api, run],
  )

  return { markDone, snooze, dismiss, restore }
}
