import { useCallback } from 'react'
import type { AppClient } from '../../../contract/api'
import type { ActionView, FollowUpView } from '../../../contract/planner-api'
import type { SnoozePreset } from '../../../contract/snooze'
import { actionLabel } from '../../../core/followup/action-label'
import { addCalendarDays } from '../../../core/followup/business-days'
import { call, rememberFollowUps, useWrite } from '../../api/mutations'
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
  // Every command returns the interview's new plan, which goes straight into the cache.
  const { run: write } = useWrite(call<FollowUpView>, rememberFollowUps)

  const run = useCallback(
    (
      work: (api: AppClient) => Promise<FollowUpView>,
      message: (view: FollowUpView) => string,
      undo?: (api: AppClient) => Promise<FollowUpView>,
    ) =>
      write(work, (view) =>
        toast({
          message: message(view),
          ...(undo && {
            ms: 10_000,
            action: { label: 'Undo', run: () => void write(undo) },
          }),
        }),
      ),
    [toast, write],
  )

  const markDone = useCallback(
    (interviewId: string, action: ActionView, today: string) => {
      const kind = action.kind
      if (kind === 'move-on') {
        return run(
          (api) => api.dismissAction({ interviewId, key: action.key }),
          () => 'Noted. The interview stays in your list if they ever get back to you.',
          (api) => api.restoreAction({ interviewId, key: action.key }),
        )
      }
      let loggedId = ''
      return run(
        (api) =>
          api.logAttempt({
            interviewId,
            attempt: { kind, date: today, channel: action.channel ?? 'email' },
          }),
        (view) => {
          loggedId = view.attempts.find((a) => a.kind === kind && a.date === today)?.id ?? ''
          return `Logged: ${actionLabel(action)}.`
        },
        (api) => api.deleteAttempt({ interviewId, attemptId: loggedId }),
      )
    },
    [run],
  )

  const snooze = useCallback(
    (interviewId: string, action: ActionView, choice: SnoozeChoice) =>
      run(
        (api) => api.snoozeAction({ interviewId, key: action.key, ...choice }),
        (view) => {
          const after = view.actions.find((a) => a.key === action.key)
          return after?.snoozedUntil
            ? `Snoozed until ${snoozeText(after, view.today)}.`
            : 'Snoozed.'
        },
        (api) => api.restoreAction({ interviewId, key: action.key }),
      ),
    [run],
  )

  const dismiss = useCallback(
    (interviewId: string, action: ActionView) =>
      run(
        (api) => api.dismissAction({ interviewId, key: action.key }),
        () => `Skipped: ${actionLabel(action)}.`,
        (api) => api.restoreAction({ interviewId, key: action.key }),
      ),
    [run],
  )

  const restore = useCallback(
    (interviewId: string, action: ActionView) =>
      run(
        (api) => api.restoreAction({ interviewId, key: action.key }),
        () => `${actionLabel(action)} is back on your plan.`,
      ),
    [run],
  )

  return { markDone, snooze, dismiss, restore }
}
