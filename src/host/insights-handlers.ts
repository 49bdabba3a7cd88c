import type { Handlers } from '../contract/api'
import type { InsightsApi } from '../contract/insights-api'
import type { HostContext } from './host-context'
import type { InsightsService } from './insights-service'

/** Insights, and the example interview a new user can try the app with. */
export function insightsHandlers(
  { changed }: Pick<HostContext, 'changed'>,
  insights: InsightsService,
): Pick<Handlers, keyof InsightsApi> {
  return {
    getInsights: async ({ weeks }) => insights.insights(weeks),
    addExampleInterview: async () => {
      const example = insights.addExample()
      changed('interviews')
      changed('followups')
      return example
    },
    removeExampleInterview: async () => {
      const removed = insights.removeExample()
      if (removed > 0) {
        changed('interviews')
        changed('followups')
      }
      return { removed }
    },
  }
}
