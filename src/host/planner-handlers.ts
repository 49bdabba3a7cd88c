import type { Handlers } from '../contract/api'
import type { PlannerApi } from '../contract/planner-api'
import type { HostContext } from './host-context'
import { resolveSnoozePreset } from './snooze-presets'

/** Follow-up plans, the attempt log and the Today view. */
export function plannerHandlers({
  planner,
  changed,
  clock,
  settings,
}: HostContext): Pick<Handlers, keyof PlannerApi> {
  const write = <T>(result: T): T => {
    changed('followups')
    return result
  }
  return {
    getFollowUps: async ({ interviewId }) => planner.view(interviewId),
    logAttempt: async ({ interviewId, attempt }) => {
      const view = planner.log(interviewId, attempt)
      // An answer may have set the outcome, which the tracker shows too.
      changed('interviews')
      return write(view)
    },
    deleteAttempt: async ({ interviewId, attemptId }) =>
      write(planner.deleteAttempt(interviewId, attemptId)),
    getToday: async () => planner.agenda(),
    getAgendaPage: async ({ group, offset, limit }) => planner.agendaPage(group, offset, limit),
    snoozeAction: async ({ interviewId, key, until, at, preset }) => {
      const target = preset
        ? resolveSnoozePreset(preset, clock.now(), settings.get().holidays)
        : { until: until!, at }
      return write(planner.snooze(interviewId, key, target.until, target.at))
    },
    dismissAction: async ({ interviewId, key }) =>
      write(planner.override(interviewId, key, { dismissed: true })),
    restoreAction: async ({ interviewId, key }) => write(planner.override(interviewId, key, null)),
  }
}
