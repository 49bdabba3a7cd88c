import { format } from 'date-fns'
import { z } from 'zod'
import { actionLabel } from '../core/followup/action-label'
import { formatIsoDate } from '../core/followup/business-days'
import { stampVersionOne } from '../core/store/migrations'
import type { Collection, CollectionSpec } from './collection'
import type { PlannerService } from './planner-service'
import type { Clock, Notifier } from './ports'
import type { SettingsService } from './settings-service'

export const remindersFile: CollectionSpec<{ lastSentDay: string | null }> = {
  name: 'reminders',
  version: 1,
  migrations: [stampVersionOne],
  parse: (data) => ({
    value: { lastSentDay: z.string().nullable().default(null).parse(data.lastSentDay) },
    dropped: 0,
  }),
  serialize: (value) => ({ schemaVersion: 1, ...value }),
}

const MAX_NAMED = 3

/**
 * One calm notification a day, at the user's reminder time, naming what is due or overdue. The
 * day it was sent is stored, so a restart never repeats it and a late start still sends it.
 */
export class ReminderScheduler {
  #timer: ReturnType<typeof setInterval> | null = null

  constructor(
    private readonly planner: PlannerService,
    private readonly settings: SettingsService,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly file: Collection<{ lastSentDay: string | null }>,
  ) {}

  /** Checks once; returns whether a notification went out. */
  tick(): boolean {
    const { notifications, reminderTime } = this.settings.get()
    const now = this.clock.now()
    const today = formatIsoDate(now)
    if (!notifications || this.file.value.lastSentDay === today) return false
    if (format(now, 'HH:mm') < reminderTime) return false
    const agenda = this.planner.agenda()
    const due = [...agenda.overdue, ...agenda.dueToday]
    this.file.save({ lastSentDay: today })
    if (due.length === 0) return false
    const [first] = due
    if (due.length === 1 && first) {
      this.notifier.notify({
        title: `${first.company}: ${actionLabel(first.action)}`,
        body: first.action.reason,
        interviewId: first.interviewId,
      })
    } else {
      const names = [...new Set(due.map((d) => d.company))]
      const shown = names.slice(0, MAX_NAMED).join(', ')
      const more = names.length > MAX_NAMED ? ` and ${names.length - MAX_NAMED} more` : ''
      this.notifier.notify({
        title: `${due.length} follow-ups are due`,
        body: `${shown}${more}. Open Today to see what to do.`,
      })
    }
    return true
  }

  start(everyMs = 60_000): void {
    this.tick()
    this.#timer = setInterval(() => this.tick(), everyMs)
    // A pending reminder must never keep a test process or the web host alive.
    this.#timer.unref?.()
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = null
  }
}
