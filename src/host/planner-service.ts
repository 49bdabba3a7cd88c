import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { actionKey, openSteps, type AgendaItem } from '../core/followup/agenda'
import { AgendaIndex, type AgendaEntry, type AgendaGroup } from '../core/followup/agenda-index'
import { indexOfSorted, sortedIndex } from '../core/followup/sorted'
import {
  newestInterviewFirst,
  summarize,
  type InterviewSummary,
} from '../core/followup/interview-summary'
import { format } from 'date-fns'
import { formatIsoDate, isIsoDate } from '../core/followup/business-days'
import { loggedAttemptSchema, type LoggedAttempt } from '../core/followup/attempt-schema'
import { planFollowUps, type PlannedAction } from '../core/followup/plan'
import { hasMovedOn, planInputFor } from '../core/followup/plan-input'
import type { Interview } from '../core/interview/schema'
import { stampVersionOne } from '../core/store/migrations'
import { AppError } from '../contract/errors'
import {
  TODAY_FIRST_ROWS,
  type ActionView,
  type AgendaPage,
  type AgendaRow,
  type FollowUpView,
  type TodayView,
} from '../contract/planner-api'
import type { InterviewListItem, NextStep } from '../contract/tracker-api'
import type { InterviewsService } from './interviews-service'
import {
  planFingerprint,
  readPlanCache,
  sameSteps,
  writePlanCache,
  type CachedPlan,
} from './plan-cache'
import type { Clock } from './ports'
import {
  dropAgendaCache,
  readAgendaCache,
  writeAgendaCache,
  type KeptAgenda,
  type KeptStep,
} from './agenda-cache'
import { slicer } from './storage/durable'
import { dropListCache, readListCache, writeListCache } from './list-cache'
import type { JournalCollection } from './storage/journal'
import { objectEntries, type ParsedRecord, type RecordSpec } from './storage/record-spec'
import type { SettingsService } from './settings-service'

const overrideSchema = z.strictObject({
  snoozedUntil: z.string().optional(),
  /** A snooze to a time of day ("in 1 hour", a picked time); without it, the reminder time. */
  snoozeTime: z.string().optional(),
  dismissed: z.boolean().optional(),
})
const recordShape = z.object({
  attempts: z.array(z.unknown()),
  overrides: z.record(z.string(), z.unknown()),
})
type FollowUpOverride = z.output<typeof overrideSchema>
type FollowUpRecord = {
  attempts: LoggedAttempt[]
  overrides: Record<string, FollowUpOverride>
}

/**
 * Each interview's log is one record, read attempt by attempt and snooze by snooze: a bad one
 * is left out (and kept aside with the original) while its neighbours stay.
 */
export function parseFollowUpRecord(raw: unknown): ParsedRecord<FollowUpRecord> {
  const shape = recordShape.safeParse(raw)
  if (!shape.success) return null
  let dropped = Object.keys(raw as object).filter(
    (k) => k !== 'attempts' && k !== 'overrides',
  ).length
  const attempts: LoggedAttempt[] = []
  for (const a of shape.data.attempts) {
    const parsed = loggedAttemptSchema.safeParse(a)
    if (parsed.success) attempts.push(parsed.data)
    else dropped++
  }
  const overrides: FollowUpRecord['overrides'] = {}
  for (const [key, o] of Object.entries(shape.data.overrides)) {
    const parsed = overrideSchema.safeParse(o)
    if (parsed.success) overrides[key] = parsed.data
    else dropped++
  }
  return { value: { attempts, overrides }, dropped }
}

/** The follow-up log: attempts made and snoozed or dismissed steps, one record per interview. */
export const followUpsFile: RecordSpec<FollowUpRecord> = {
  name: 'followups',
  label: 'follow-up log',
  version: 1,
  parse: parseFollowUpRecord,
  legacy: {
    version: 1,
    migrations: [stampVersionOne],
    records: (data) => objectEntries(data.followups),
  },
}

/** A planned action with its key, and its snooze when that postpones it (to a day or a time). */
function actionView(a: PlannedAction, override: FollowUpOverride | undefined): ActionView {
  const key = actionKey(a)
  const until = override?.snoozedUntil
  const time = override?.snoozeTime
  if (!until || !isIsoDate(until) || until < a.due || (until === a.due && !time)) {
    return { ...a, key }
  }
  return time
    ? { ...a, key, snoozedUntil: until, snoozeTime: time }
    : { ...a, key, snoozedUntil: until }
}

const empty: FollowUpRecord = { attempts: [], overrides: {} }
/** Below this many interviews a start plans them all faster than it reads a cache file. */
export const KEEP_PLANS_FROM = 1000
/** The plans are written this long after the last change, off the request path. */
const SAVE_AFTER_MS = 3000
/**
 * The full agenda build that checks a kept one holds the host for a few hundred milliseconds at
 * 10,000 interviews, so it waits until the first screens have been answered from the kept one.
 */
export const CHECK_KEPT_AFTER_MS = 2000
const newestFirst = (a: LoggedAttempt, b: LoggedAttempt) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)

/**
 * Plans follow-ups from interviews, logged attempts and settings, and keeps what the screens ask
 * for ready: the Today agenda (an index sorted by day) and the tracker's summary rows. Nothing is
 * planned at start; each index is built on its first use, and after that a write re-plans only
 * the interview it touched. Plans are cached per interview and recomputed only when one of their
 * inputs changed. With `keep`, large stores keep their plans' steps beside the data, so the first
 * Today after a start reads them instead of planning everything; they are re-planned in the
 * background, and anything that came out differently is corrected and announced.
 */
export class PlannerService {
  #cache = new Map<
    string,
    {
      updatedAt: string
      record: FollowUpRecord
      holidays: readonly string[]
      actions: PlannedAction[]
    }
  >()
  #agenda = new AgendaIndex<Interview>(newestInterviewFirst)
  /** The holidays the agenda was planned with, or null before it is built. */
  #agendaHolidays: readonly string[] | null = null
  #agendaStale = new Set<string>()
  /** Counts every change the agenda took in, so what is derived from it knows when to redo. */
  #agendaVersion = 0
  #due: { today: string; version: number; rows: readonly AgendaRow[] } | null = null
  #list: InterviewListItem[] = []
  #listById = new Map<string, InterviewListItem>()
  #listHolidays: readonly string[] | null = null
  #listStale = new Set<string>()
  #listBuild: Promise<void> | null = null
  #agendaBuild: Promise<void> | null = null
  #listKeptTried = false
  /** Steps from the last run, until each interview is planned again; undefined before it is read. */
  #seed: Map<string, CachedPlan> | null | undefined = undefined
  #seedHolidays: readonly string[] | null = null
  /** Today as the last run left it, until the agenda is built; undefined before it is read. */
  #kept: KeptAgenda | null | undefined = undefined
  #keptHolidays: readonly string[] | null = null
  #saveTimer: ReturnType<typeof setTimeout> | null = null
  #checkTimer: ReturnType<typeof setTimeout> | null = null
  #closed = false

  constructor(
    private readonly file: JournalCollection<FollowUpRecord>,
    private readonly interviews: InterviewsService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
    private readonly keep?: {
      dir: string
      replanned: () => void
      /** The interviews' own file: its change number stamps the kept agenda. */
      interviewsData: JournalCollection<Interview>
      /** Runs work once no call has come for a moment (see QuietTime). */
      whenQuiet: (work: () => void) => void
    },
  ) {
    interviews.onChange((id) => this.changed(id))
  }

  /** An interview or its log changed: its plan, agenda steps and summary are due again. */
  changed(id: string): void {
    // The kept agenda is exact or unused: after any write the agenda is built for real.
    this.#kept = null
    this.#agendaStale.add(id)
    this.#listStale.add(id)
    this.#scheduleSave()
  }

  /** Everything changed at once (an import, a restored backup): both indexes start over. */
  changedAll(): void {
    this.#agendaHolidays = null
    this.#listHolidays = null
    this.#seed = null
    this.#kept = null
    if (this.keep) {
      dropAgendaCache(this.keep.dir)
      dropListCache(this.keep.dir)
    }
    this.#scheduleSave()
  }

  /**
   * Runs work that reads every interview in the background: once the interviews and their logs
   * are all parsed (see `onceParsed` in the journal) and no call has come for a moment, so it
   * never holds the start or a screen being opened.
   */
  inBackground(work: () => void): void {
    const keep = this.keep
    if (!keep) return work()
    keep.interviewsData.onceParsed(() => this.file.onceParsed(() => keep.whenQuiet(work)))
  }

  /** What the kept agenda must have been written for: holidays and each input's last change. */
  #stamp(): string {
    const i = this.keep!.interviewsData
    const holidays = this.settings.get().holidays.join(',')
    return `${holidays}|${i.lastSeq}/${i.size}|${this.file.lastSeq}/${this.file.size}`
  }

  /**
   * The kept agenda, read on the first Today after a start and used until the agenda is built;
   * the build follows in the background and announces a change if the two differ.
   */
  #keptAgenda(): KeptAgenda | null {
    const holidays = this.settings.get().holidays
    if (this.#kept === undefined) {
      this.#kept = null
      if (this.keep && this.#agendaHolidays === null) {
        this.#kept = readAgendaCache(this.keep.dir, this.#stamp())
        this.#keptHolidays = holidays
        if (this.#kept) {
          this.inBackground(() => {
            this.#checkTimer = setTimeout(
              () => void this.agendaReady().then(() => this.#checkKept()),
              CHECK_KEPT_AFTER_MS,
            )
            this.#checkTimer.unref?.()
          })
        }
      }
    }
    // Settings are not journaled, so new holidays are noticed here, as `#syncAgenda` does.
    if (this.#keptHolidays !== holidays) this.#kept = null
    return this.#kept
  }

  /** Builds the agenda for real and says so if the kept one differed. */
  #checkKept(): void {
    if (this.#closed) return
    const kept = this.#kept
    this.#kept = null
    const built = this.#syncAgenda()
    if (kept && !kept.matches(built.positions())) this.keep?.replanned()
  }

  /** A kept step as a row; null when the data no longer has it (the build will correct it). */
  #keptRow = (step: KeptStep): AgendaRow | null => {
    const interview = this.interviews.find(step.id)
    const action = interview && this.#planOrNothing(interview)[step.order]
    if (!interview || !action) return null
    const overrides = this.#record(step.id).overrides
    return {
      interviewId: step.id,
      company: interview.company,
      role: interview.role,
      action: actionView(action, overrides[actionKey(action)]),
      effectiveDue: step.effectiveDue,
      daysOverdue: step.daysOverdue,
    }
  }

  #keptPage(kept: KeptAgenda, group: AgendaGroup, today: string, offset: number, limit: number) {
    return kept
      .page(group, today, offset, limit)
      .map(this.#keptRow)
      .filter((row): row is AgendaRow => row !== null)
  }

  /** Stops background planning and the pending save (the host is closing). */
  close(): void {
    this.#closed = true
    if (this.#checkTimer) clearTimeout(this.#checkTimer)
    if (!this.#saveTimer) return
    clearTimeout(this.#saveTimer)
    this.#saveTimer = null
    // Saved now rather than dropped, so the next start still finds the plans and the agenda kept.
    // They are only a cache: a disk that refuses them costs the next start time, never data.
    try {
      this.#save()
    } catch {
      /* the next start plans from the data instead */
    }
  }

  /** The plan's steps: planned now, or from the last run's cache while its inputs are the same. */
  #steps(interview: Interview): PlannedAction[] {
    const seed = this.#seed?.get(interview.id)
    if (
      seed &&
      !this.#cache.has(interview.id) &&
      seed.fingerprint === planFingerprint(interview, this.#record(interview.id).attempts)
    ) {
      return seed.actions
    }
    return this.#planOrNothing(interview)
  }

  /**
   * Plans what came from the cache again, in the background and in slices between requests, and
   * fixes what differs (new planning rules since the last run).
   */
  #replanSeeded(): void {
    const seed = this.#seed
    if (seed) this.inBackground(() => void this.#replan(seed))
  }

  async #replan(seed: Map<string, CachedPlan>): Promise<void> {
    const pause = slicer()
    let differed = false
    for (const [id, kept] of seed) {
      if (this.#closed || this.#seed !== seed) return
      const interview = this.interviews.find(id)
      // Planned already or not, anything made from the kept steps (the kept list's rows) may
      // still say what they said.
      if (interview && !sameSteps(this.#planOrNothing(interview), kept.actions)) {
        this.changed(id)
        differed = true
      }
      await pause()
    }
    this.#seed = null
    if (differed) this.keep?.replanned()
    this.#scheduleSave()
  }

  /** Small stores plan fast enough at start; only large ones keep their plans on disk. */
  #scheduleSave(): void {
    const keep = this.keep
    if (!keep || this.#closed) return
    if (this.#agendaHolidays === null && this.#listHolidays === null) return
    if (this.#saveTimer) clearTimeout(this.#saveTimer)
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = null
      this.#save()
    }, SAVE_AFTER_MS)
    this.#saveTimer.unref?.()
  }

  #save(): void {
    const keep = this.keep
    const all = [...this.interviews.all()]
    if (!keep || all.length < KEEP_PLANS_FROM) return
    const stamp = this.#stamp()
    if (this.#agendaHolidays !== null) {
      writeAgendaCache(
        keep.dir,
        stamp,
        this.interviews.example()?.id ?? null,
        this.#syncAgenda().positions(),
      )
    }
    if (this.#listHolidays !== null) writeListCache(keep.dir, stamp, this.summaries())
    writePlanCache(
      keep.dir,
      this.settings.get().holidays,
      all.map((i) => [
        i.id,
        {
          fingerprint: planFingerprint(i, this.#record(i.id).attempts),
          actions: this.#steps(i),
        },
      ]),
    )
  }

  today(): string {
    return formatIsoDate(this.clock.now())
  }

  #record(id: string): FollowUpRecord {
    return this.file.get(id) ?? empty
  }

  #plan(interview: Interview): PlannedAction[] {
    const record = this.#record(interview.id)
    const holidays = this.settings.get().holidays
    // Records and settings are replaced, never mutated, so identity says whether they changed.
    const cached = this.#cache.get(interview.id)
    if (
      cached?.updatedAt === interview.updatedAt &&
      cached.record === record &&
      cached.holidays === holidays
    ) {
      return cached.actions
    }
    const actions = planFollowUps(planInputFor(interview, record.attempts, holidays))
    this.#cache.set(interview.id, { updatedAt: interview.updatedAt, record, holidays, actions })
    return actions
  }

  #views(actions: PlannedAction[], overrides: Record<string, FollowUpOverride>): ActionView[] {
    return actions.map((a) => actionView(a, overrides[actionKey(a)]))
  }

  view(interviewId: string): FollowUpView {
    const interview = this.interviews.get(interviewId)
    const record = this.#record(interviewId)
    const all = this.#views(this.#plan(interview), record.overrides)
    return {
      interviewId,
      actions: all.filter((a) => !record.overrides[a.key]?.dismissed),
      dismissed: all.filter((a) => record.overrides[a.key]?.dismissed),
      attempts: [...record.attempts].sort(newestFirst),
      movedOn: hasMovedOn(interview, record.attempts),
      today: this.today(),
    }
  }

  /**
   * Lists must never go blank because one stored interview cannot be planned (the schema should
   * make that impossible; this is the seatbelt). Its own page still shows the error.
   */
  #planOrNothing(interview: Interview): PlannedAction[] {
    try {
      return this.#plan(interview)
    } catch (err) {
      console.error(`[planner] cannot plan interview ${interview.id}:`, err)
      return []
    }
  }

  /** The step still to do that comes up first, without its reason, for the tracker's column. */
  #next(interview: Interview): NextStep | null {
    const overrides = this.#record(interview.id).overrides
    let first: ReturnType<typeof openSteps>[number] | null = null
    for (const step of openSteps(this.#steps(interview), overrides)) {
      if (!first || step.effectiveDue < first.effectiveDue) first = step
    }
    if (!first) return null
    const { reason: _reason, ...next } = actionView(
      first.action,
      overrides[actionKey(first.action)],
    )
    return next
  }

  #summary(interview: Interview): InterviewSummary<NextStep> {
    return summarize(interview, this.#next(interview))
  }

  /**
   * Resolves once the agenda is built. The first time, it is built a slice at a time between
   * requests; a host starts this once its records are parsed, and what reads every due step (the
   * reminder check, the check of the kept agenda) waits for it rather than building it in one go.
   */
  agendaReady(): Promise<void> {
    if (this.#agendaHolidays === this.settings.get().holidays) return Promise.resolve()
    return (this.#agendaBuild ??= this.#buildAgenda().finally(() => (this.#agendaBuild = null)))
  }

  async #buildAgenda(): Promise<void> {
    const holidays = this.settings.get().holidays
    this.#seedFor(holidays)
    // What changes while the steps are gathered is in #agendaStale afterwards, and is redone.
    this.#agendaStale.clear()
    const entries = await this.#inSlices(this.#entry)
    if (!entries || this.settings.get().holidays !== holidays) return
    if (this.#agendaHolidays !== holidays) this.#loadAgenda(entries, holidays)
  }

  /** `make` for every interview, a slice at a time between requests; null if the host closed. */
  async #inSlices<T>(make: (interview: Interview) => T): Promise<T[] | null> {
    const made: T[] = []
    const pause = slicer()
    for (const interview of this.interviews.all()) {
      made.push(make(interview))
      await pause()
      if (this.#closed) return null
    }
    return made
  }

  #entry = (interview: Interview): AgendaEntry<Interview> => ({
    id: interview.id,
    subject: interview,
    actions: this.#steps(interview),
    overrides: this.#record(interview.id).overrides,
  })

  /** The agenda built whole, for `holidays`. */
  #loadAgenda(entries: AgendaEntry<Interview>[], holidays: readonly string[]): void {
    this.#agendaVersion++
    this.#agenda.load(entries)
    this.#agendaHolidays = holidays
    if (!this.#seed) this.#scheduleSave()
  }

  /** Brings the agenda up to date: built whole the first time (or after new holidays), else per change. */
  #syncAgenda(): AgendaIndex<Interview> {
    const holidays = this.settings.get().holidays
    if (this.#agendaHolidays !== holidays) {
      this.#agendaStale.clear()
      this.#seedFor(holidays)
      this.#loadAgenda(Array.from(this.interviews.all(), this.#entry), holidays)
      return this.#agenda
    }
    if (this.#agendaStale.size > 0) this.#agendaVersion++
    for (const id of this.#agendaStale) {
      const interview = this.interviews.find(id)
      if (!interview) this.#agenda.delete(id)
      else {
        const overrides = this.#record(id).overrides
        this.#agenda.set(id, interview, this.#planOrNothing(interview), overrides)
      }
    }
    this.#agendaStale.clear()
    return this.#agenda
  }

  /**
   * The last run's plans, read at the first whole build (of the agenda or the list, whichever
   * comes first) and re-planned behind it; new holidays make them useless.
   */
  #seedFor(holidays: readonly string[]): void {
    if (this.#seed === undefined) {
      this.#seed = this.keep ? readPlanCache(this.keep.dir, holidays) : null
      this.#seedHolidays = holidays
      if (this.#seed) this.#replanSeeded()
    }
    if (this.#seedHolidays !== holidays) this.#seed = null
  }

  /**
   * Resolves once the tracker's rows are built. The first time, they are built a slice at a
   * time between requests (10,000 rows hold the host for a tenth of a second); a host starts
   * this once its records are parsed, so the list is ready before anyone opens it.
   */
  listReady(): Promise<void> {
    const holidays = this.settings.get().holidays
    if (this.#listHolidays === holidays || this.#keptList(holidays)) return Promise.resolve()
    return (this.#listBuild ??= this.#buildList().finally(() => (this.#listBuild = null)))
  }

  /**
   * The rows the last run kept, tried once, at the first list after a start. The plans they were
   * made from are re-planned in the background (#replan); an interview whose plan comes out
   * different is marked changed, so its row is made again before the list is next answered.
   */
  #keptList(holidays: readonly string[]): boolean {
    if (this.#listKeptTried || !this.keep) return false
    this.#listKeptTried = true
    const rows = readListCache(this.keep.dir, this.#stamp())
    if (!rows) return false
    this.#seedFor(holidays)
    this.#listStale.clear()
    this.#loadList(rows, holidays)
    return true
  }

  async #buildList(): Promise<void> {
    const holidays = this.settings.get().holidays
    this.#seedFor(holidays)
    // What changes while the rows are made is in #listStale afterwards, and summaries() redoes it.
    this.#listStale.clear()
    const rows = await this.#inSlices((interview) => this.#summary(interview))
    // New holidays meanwhile: the rows are useless, and summaries() builds them again.
    if (!rows || this.settings.get().holidays !== holidays || this.#listHolidays === holidays)
      return
    this.#loadList(rows.sort(newestInterviewFirst), holidays)
    this.#scheduleSave()
  }

  /** The list's rows whole, for `holidays`, sorted. */
  #loadList(rows: InterviewListItem[], holidays: readonly string[]): void {
    this.#list = rows
    this.#listById = new Map(rows.map((r) => [r.id, r]))
    this.#listHolidays = holidays
  }

  /** The tracker's rows, newest interview first, kept in order as interviews change. */
  summaries(): InterviewListItem[] {
    const holidays = this.settings.get().holidays
    if (this.#listHolidays !== holidays && !this.#keptList(holidays)) {
      this.#seedFor(holidays)
      this.#listStale.clear()
      const rows = Array.from(this.interviews.all(), (i) => this.#summary(i))
      this.#loadList(rows.sort(newestInterviewFirst), holidays)
      this.#scheduleSave()
      return this.#list
    }
    for (const id of this.#listStale) {
      const old = this.#listById.get(id)
      const at = old ? indexOfSorted(this.#list, old, newestInterviewFirst) : -1
      if (at >= 0) this.#list.splice(at, 1)
      this.#listById.delete(id)
      const interview = this.interviews.find(id)
      if (!interview) continue
      const row = this.#summary(interview)
      this.#list.splice(sortedIndex(this.#list, row, newestInterviewFirst, true), 0, row)
      this.#listById.set(id, row)
    }
    this.#listStale.clear()
    return this.#list
  }

  /** A row as the index holds it: a step read from the cache has no reason yet. */
  #lightRow = (item: AgendaItem<Interview>): AgendaRow => ({
    interviewId: item.subject.id,
    company: item.subject.company,
    role: item.subject.role,
    action: actionView(
      item.action,
      this.#record(item.subject.id).overrides[actionKey(item.action)],
    ),
    effectiveDue: item.effectiveDue,
    daysOverdue: item.daysOverdue,
  })

  /** The row with its reason, planning its interview if the step came from the cache. */
  completeRow = (row: AgendaRow): AgendaRow => {
    const interview = row.action.reason ? undefined : this.interviews.find(row.interviewId)
    if (!interview) return row
    const planned = this.#planOrNothing(interview).find((a) => actionKey(a) === row.action.key)
    return planned ? { ...row, action: { ...row.action, reason: planned.reason } } : row
  }

  #row = (item: AgendaItem<Interview>): AgendaRow => this.completeRow(this.#lightRow(item))

  /** Today's counts and the first rows of each group, by the host's clock. */
  agenda(): TodayView {
    const today = this.today()
    const kept = this.#keptAgenda()
    const agenda = kept ?? this.#syncAgenda()
    const first = (group: AgendaGroup) =>
      kept
        ? this.#keptPage(kept, group, today, 0, TODAY_FIRST_ROWS)
        : this.#agenda.page(group, today, 0, TODAY_FIRST_ROWS).map(this.#row)
    // Looking for the example reads every interview when there is none; the kept agenda knows.
    const example = kept
      ? kept.exampleId === null
        ? undefined
        : this.interviews.find(kept.exampleId)
      : this.interviews.example()
    return {
      today,
      empty: this.interviews.isEmpty(),
      example: example ? { id: example.id, company: example.company, role: example.role } : null,
      counts: agenda.counts(today),
      overdue: first('overdue'),
      dueToday: first('dueToday'),
      upcoming: first('upcoming'),
    }
  }

  /** Rows `offset` to `offset + limit` of one Today group. */
  agendaPage(group: AgendaGroup, offset: number, limit: number): AgendaPage {
    const today = this.today()
    const kept = this.#keptAgenda()
    const agenda = kept ?? this.#syncAgenda()
    return {
      today,
      total: agenda.counts(today)[group],
      rows: kept
        ? this.#keptPage(kept, group, today, offset, limit)
        : this.#agenda.page(group, today, offset, limit).map(this.#row),
    }
  }

  /**
   * Every step due today or before, earliest first: what reminders are about. Steps read from
   * the cache have no reason yet; `completeRow` fills it in for the few that are sent. Kept until
   * the agenda or the day changes: the reminder check asks every minute, and thousands of steps
   * can be due after a long absence.
   */
  dueRows(): readonly AgendaRow[] {
    const agenda = this.#syncAgenda()
    const today = this.today()
    const kept = this.#due
    if (kept && kept.today === today && kept.version === this.#agendaVersion) return kept.rows
    const rows = (['overdue', 'dueToday'] as const).flatMap((group) =>
      agenda.page(group, today, 0, Number.MAX_SAFE_INTEGER).map(this.#lightRow),
    )
    this.#due = { today, version: this.#agendaVersion, rows }
    return rows
  }

  log(interviewId: string, attempt: Omit<LoggedAttempt, 'id' | 'createdAt'>): FollowUpView {
    const interview = this.interviews.get(interviewId)
    if (attempt.date < interview.interviewDate) {
      throw new AppError(
        'invalid-input',
        `A follow-up can’t be before the interview (${interview.interviewDate}).`,
        [{ path: 'attempt.date', message: 'This date is before the interview.' }],
      )
    }
    if (attempt.date > this.today()) {
      throw new AppError('invalid-input', 'A follow-up you made can’t be in the future.', [
        { path: 'attempt.date', message: 'This date is in the future.' },
      ])
    }
    const record = this.#record(interviewId)
    const logged: LoggedAttempt = {
      ...attempt,
      id: randomUUID(),
      createdAt: this.clock.now().toISOString(),
    }
    this.#put(interviewId, { ...record, attempts: [...record.attempts, logged] })
    if (attempt.answered && attempt.outcome && attempt.outcome !== interview.outcome) {
      try {
        this.interviews.patch(interviewId, { outcome: attempt.outcome })
      } catch (err) {
        // The two writes go together: take the attempt back so the call changes nothing.
        try {
          this.#put(interviewId, record)
        } catch {
          // The attempt stays logged, as the journal says; the outcome can be set again.
        }
        throw err
      }
    }
    return this.view(interviewId)
  }

  deleteAttempt(interviewId: string, attemptId: string): FollowUpView {
    const record = this.#record(interviewId)
    if (!record.attempts.some((a) => a.id === attemptId)) {
      throw new AppError('not-found', 'That follow-up is no longer in the log.')
    }
    this.#put(interviewId, {
      ...record,
      attempts: record.attempts.filter((a) => a.id !== attemptId),
    })
    return this.view(interviewId)
  }

  /** Snoozes to a later day (reminded at the reminder time), or to a later day and time. */
  snooze(interviewId: string, key: string, until: string, at?: string): FollowUpView {
    if (at) {
      if (`${until}T${at}` <= format(this.clock.now(), "yyyy-MM-dd'T'HH:mm")) {
        throw new AppError('invalid-input', 'Pick a time later than now to snooze until.', [
          { path: 'at', message: 'Pick a time later than now.' },
        ])
      }
      return this.override(interviewId, key, { snoozedUntil: until, snoozeTime: at })
    }
    if (until <= this.today()) {
      throw new AppError('invalid-input', 'Pick a day after today to snooze until.', [
        { path: 'until', message: 'Pick a day after today.' },
      ])
    }
    return this.override(interviewId, key, { snoozedUntil: until })
  }

  override(interviewId: string, key: string, change: FollowUpOverride | null): FollowUpView {
    this.interviews.get(interviewId)
    const record = this.#record(interviewId)
    const overrides = { ...record.overrides }
    if (change) overrides[key] = change
    else delete overrides[key]
    this.#put(interviewId, { ...record, overrides })
    return this.view(interviewId)
  }

  #put(interviewId: string, record: FollowUpRecord) {
    this.file.put(interviewId, record)
    this.changed(interviewId)
  }
}
