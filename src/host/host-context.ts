import type { Topic } from '../contract/events'
import type { EventBus } from './event-bus'
import type { InterviewsService } from './interviews-service'
import type { NoticesService } from './notices-service'
import type { PlannerService } from './planner-service'
import type { Clock } from './ports'
import type { SettingsService } from './settings-service'

/** What each feature's handlers may use: the shared services and a way to announce changes. */
export interface HostContext {
  clock: Clock
  events: EventBus
  interviews: InterviewsService
  settings: SettingsService
  notices: NoticesService
  planner: PlannerService
  /** Tells every window that a topic's data changed, so it refetches. */
  changed(topic: Topic): void
}

/** Wraps a write's result: tells every window `topic` changed, then passes the result on. */
export const announceWrites =
  (changed: HostContext['changed'], topic: Topic) =>
  <T>(result: T): T => {
    changed(topic)
    return result
  }
