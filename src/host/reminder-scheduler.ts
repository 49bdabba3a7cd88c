import { format } from 'date-fns'
import type { AgendaRow } from '../contract/planner-api'
import type { Collection } from './collection'
import type { InterviewsService } from './interviews-service'
import type { PlannerService } from './planner-service'
import type { Clock, Notifier } from './ports'
import { inQuietHours } from './quiet-hours'
import type { ReminderState } from './reminders-file'
import { singleReminder, summaryReminder } from './reminder-text'
import type { SettingsService } from './settings-service'

export { remindersFile } from './reminders-file'

/** Delivered entries for steps no longer due are forgotten after this long. */
const KEEP_DELIVERED_MS = 30 * 86_400_000

/** One step's reminder: the day it is due (or snoozed to), and the snooze time when it has one. */
export function reminderKey(row: AgendaRow): string {
  let key = keys.get(row)
  if (key === undefined) {
    const time = row.action.snoozeTime ? `T${row.action.snoozeTime}` : ''
    key = `${row.interviewId}|${row.action.key}|${row.effectiveDue}${time}`
    keys.set(row, key)
  }
  return key
}
// The planner keeps its due rows between checks, so each key is made once, not every minute.
const keys = new WeakMap<AgendaRow, string>()

export interface SchedulerDeps {
  planner: PlannerService
  interviews: InterviewsService
  settings: SettingsService
  notifier: Notifier
  clock: Clock
  file: Collection<ReminderState>
}

/**
 * Reminds the user of each step once, when it comes due: at the reminder time on its day, or at
 * the time it was snoozed to. It checks every minute, at start, when the machine wakes and when a
 * page connects; whatever came due meanwhile arrives then, as one summary when there are several.
 * A step is marked reminded only when the notifier says the user was shown it, and that is stored,
 * so a restart or a second wake event never repeats it.
 */
export class ReminderScheduler {
  #timer: ReturnType<typeof setInterval> | null = null
  #running: Promise<number> | null = null
  #again = false
  #closed = false

  constructor(private readonly deps: SchedulerDeps) {}

  /**
   * Steps due by now whose reminder has not reached the user yet, earliest first. Steps read from
   * the kept plans have no reason yet: only a reminder about one step shows it (see #deliver),
   * and completing thousands of rows after a long absence would hold the host for a second.
   */
  pending(now = this.deps.clock.now()): AgendaRow[] {
    return this.#undelivered(this.deps.planner.dueRows(), now)
  }

  #undelivered(rows: readonly AgendaRow[], now: Date): AgendaRow[] {
    const { reminderTime } = this.deps.settings.get()
    const { delivered, deliveredThrough } = this.deps.file.value
    const nowKey = format(now, "yyyy-MM-dd'T'HH:mm")
    return rows.filter((row) => {
      // The example interview teaches the screens; a notification about a made-up company would
      // only confuse.
      if (this.deps.interviews.get(row.interviewId).example) return false
      const at = `${row.effectiveDue}T${row.action.snoozeTime ?? reminderTime}`
      if (at > nowKey || delivered[reminderKey(row)]) return false
      const migrated =
        !row.action.snoozeTime && !!deliveredThrough && row.effectiveDue <= deliveredThrough
      return !migrated
    })
  }

  /**
   * Delivers what is due; resolves with how many steps reached the user. Calls that arrive while
   * one runs (a double resume event, a page connecting) wait for it and then check once more, so
   * nothing is sent twice and nothing that failed meanwhile waits a whole minute. Never rejects.
   */
  check(): Promise<number> {
    // A wake event or a page can still ask after the host closed; its files are closed too.
    if (this.#closed) return Promise.resolve(0)
    if (this.#running) {
      this.#again = true
      return this.#running
    }
    const run = async () => {
      let total = 0
      do {
        this.#again = false
        total += await this.#deliver()
      } while (this.#again)
      return total
    }
    this.#running = run().finally(() => {
      this.#running = null
    })
    return this.#running
  }

  async #deliver(): Promise<number> {
    try {
      const { deps } = this
      const settings = deps.settings.get()
      const now = deps.clock.now()
      if (!settings.notifications || inQuietHours(now, settings.quietHours)) return 0
      await deps.planner.agendaReady()
      const allDue = deps.planner.dueRows()
      const due = this.#undelivered(allDue, now)
      const [first] = due
      if (!first) return 0
      const today = deps.planner.today()
      const note =
        due.length === 1
          ? singleReminder(
              deps.planner.completeRow(first),
              deps.interviews.get(first.interviewId),
              today,
            )
          : summaryReminder(due)
      if (!(await deps.notifier.notify(note))) return 0
      this.#markDelivered(due, allDue, deps.clock.now())
      return due.length
    } catch (err) {
      // A reminder that fails must never take the app down; the next check tries again.
      console.error('[reminders] check failed:', err)
      return 0
    }
  }

  /** `sent` is delivered now; what was delivered and is no longer due (`allDue`) ages out. */
  #markDelivered(sent: AgendaRow[], allDue: readonly AgendaRow[], at: Date) {
    const { file } = this.deps
    const stillDue = new Set(allDue.map(reminderKey))
    const cutoff = at.getTime() - KEEP_DELIVERED_MS
    const delivered: Record<string, string> = {}
    for (const [key, when] of Object.entries(file.value.delivered)) {
      if (stillDue.has(key) || Date.parse(when) >= cutoff) delivered[key] = when
    }
    for (const row of sent) delivered[reminderKey(row)] = at.toISOString()
    file.save({ ...file.value, delivered })
  }

  /** Checks now and then every `everyMs`; a failing check is logged and the next one still runs. */
  start(everyMs = 60_000): void {
    this.stop()
    if (this.#closed) return
    // The first check reads every step due; it waits for the start's background parse and a
    // quiet moment, so the first screen is answered first.
    this.deps.planner.inBackground(() => void this.check())
    this.#timer = setInterval(() => void this.check(), everyMs)
    // A pending reminder must never keep a test process or the web host alive.
    this.#timer.unref?.()
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = null
  }

  /** Stops for good and waits for a check under way, so the host can close its files after it. */
  async close(): Promise<void> {
    this.stop()
    this.#closed = true
    await this.#running
  }
}
