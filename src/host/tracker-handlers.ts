import type { Handlers } from '../contract/api'
import type { TrackerApi } from '../contract/tracker-api'
import type { HostContext } from './host-context'

/** Interviews, settings and notices. */
export function trackerHandlers({
  interviews,
  settings,
  notices,
  planner,
  changed,
}: HostContext): Pick<Handlers, keyof TrackerApi> {
  return {
    listInterviews: async () => {
      await planner.listReady()
      return [...planner.summaries()]
    },
    getInterview: async ({ id }) => interviews.get(id),
    createInterview: async ({ draft }) => {
      const created = interviews.create(draft)
      changed('interviews')
      return created
    },
    updateInterview: async ({ id, draft, expectedUpdatedAt }) => {
      const updated = interviews.update(id, draft, expectedUpdatedAt)
      changed('interviews')
      return updated
    },
    deleteInterview: async ({ id }) => {
      interviews.delete(id)
      changed('interviews')
    },
    restoreInterview: async ({ id }) => {
      const restored = interviews.restore(id)
      changed('interviews')
      return restored
    },
    getSettings: async () => settings.get(),
    updateSettings: async ({ patch }) => {
      const next = settings.update(patch)
      changed('settings')
      return next
    },
    listNotices: async () => notices.list(),
    dismissNotice: async ({ id }) => {
      notices.dismiss(id)
      changed('notices')
    },
  }
}
