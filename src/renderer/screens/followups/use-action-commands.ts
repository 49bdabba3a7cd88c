import { useCallback } from 'react'
import type { ActionView } from '../../../contract/planner-api'
import type { SnoozePreset } from '../../../contract/snooze'
import { actionLabel } from '../../../core/followup/action-label'
import { addCalendarDays } from '../../../core/followup/business-days'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { refreshFollowUps } from '../../api/queries'
import { useToast } from '../../components/Toasts'
import { formatDayShort } from '../../format'

export const dayAfter = (day: string) => addCalendarDays(day, 1)

/** A preset the host works out, or a picked day with an optional time. */
export type SnoozeChoice = { preset: SnoozePreset } | { until: string; at?: string }

/** "Tue, Mar 3", or "10:10 today" / "Tue, Mar 3 at 14:45" for a snooze with a time. */
export function snoozeText(
  a: Pick<ActionView, 'snoozedUntil' | 'snoozeTime'>,
  today: string,
): string {
  if (!a.snoozedUntil) return ''
  if (!a.snoozeTime) return formatDayShort(a.snoozedUntil)
  return a.snoozedUntil === today
    ? `${a.snoozeTime} today`
    : `${formatDayShort(a.snoozedUntil)} at ${a.snoozeTime}`
}

/** Mark done, snooze and dismiss, each confirmed with a calm message (and Undo where it helps). */
export function useActionCommands() {
  const toast = useToast()
  const api = getClient()

  const run = useCallback(
    async (
      work: () => Promise<unknown>,
      message: string | (() => string),
      undo?: () => Promise<unknown>,
    ) => {
      try {
        await work()
        await refreshFollowUps()
        toast({
          message: typeof message === 'function' ? message() : message,
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
    (interviewId: string, action: ActionView, choice: SnoozeChoice) => {
      let message = 'Snoozed.'
      return run(
        async () => {
          const view = await api.snoozeAction({ interviewId, key: action.key, ...choice })
          const after = view.actions.find((a) => a.key === action.key)
          if (after?.snoozedUntil) message = `Snoozed until ${snoozeText(after, view.today)}.`
        },
        () => message,
        () => api.restoreAction({ interviewId, key: action.key }),
      )
    },
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
