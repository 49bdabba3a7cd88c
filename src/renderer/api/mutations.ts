import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { AppClient } from '../../contract/api'
import type { FollowUpView } from '../../contract/planner-api'
import type { Interview } from '../../core/interview/schema'
import type { Settings } from '../../core/settings/schema'
import { useToast } from '../components/Toasts'
import { getClient } from './client'
import { errorMessage } from './errors'
import { keys } from './queries'

type Remember<I, O> = (result: O, qc: QueryClient, input: I) => void

/**
 * A write to the host through the query layer. `remember` puts the view the host returned into
 * the cache, so the screen shows it at once; whatever else the write made stale is refreshed by
 * the host's change event (useHostEvents), never by hand here, so nothing is fetched twice.
 *
 * `isPending` is the saving state and `mutateAsync` the call for forms that show their own
 * errors; `run` is for buttons: it tells a failure in an error toast and resolves whether the
 * write worked, calling `done` with the result first. Both keep working after the pressed
 * control has gone (an Undo toast outlives the row it undoes).
 */
export function useWrite<I, O>(
  write: (api: AppClient, input: I) => Promise<O>,
  remember?: Remember<I, O>,
) {
  const qc = useQueryClient()
  const toast = useToast()
  const mutation = useMutation({
    mutationFn: (input: I) => write(getClient(), input),
    onSuccess: (result, input) => remember?.(result, qc, input),
  })
  const { mutateAsync } = mutation
  const run = useCallback(
    async (input: I, done?: (result: O) => unknown): Promise<boolean> => {
      let result: O
      try {
        result = await mutateAsync(input)
      } catch (err) {
        toast({ message: errorMessage(err), tone: 'error' })
        return false
      }
      await done?.(result)
      return true
    },
    [mutateAsync, toast],
  )
  return { ...mutation, run }
}

/** For a hook whose commands are several host methods returning the same view. */
export const call = <O>(api: AppClient, method: (api: AppClient) => Promise<O>): Promise<O> =>
  method(api)

/** A follow-up plan the host returned after a change to it. */
export const rememberFollowUps = (view: FollowUpView, qc: QueryClient) =>
  qc.setQueryData(keys.followUps(view.interviewId), view)

export const rememberInterview = (interview: Interview, qc: QueryClient) =>
  qc.setQueryData(keys.interview(interview.id), interview)

export const rememberSettings = (settings: Settings, qc: QueryClient) =>
  qc.setQueryData(keys.settings, settings)
