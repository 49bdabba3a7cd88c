import type { AppApi, Handlers } from '../contract/api'
import { methodNames, type MethodName } from '../contract/methods'
import { AppError } from '../contract/errors'
import type { Topic } from '../contract/events'
import { parseInput } from '../contract/parse-input'
import { openCollection, type Collection, type CollectionSpec } from './collection'
import { JournalCollection, type StorageNotice } from './storage/journal'
import type { RecordSpec } from './storage/record-spec'
import { EventBus } from './event-bus'
import { interviewsFile, InterviewsService } from './interviews-service'
import { noticesFile, NoticesService } from './notices-service'
import type { Clock, DesktopShell, Notifier, StorePort, TakeStore } from './ports'
import { settingsFile, SettingsService } from './settings-service'
import { ReminderScheduler } from './reminder-scheduler'
import { remindersFile } from './reminders-file'
import type { HostContext } from './host-context'
import { trackerHandlers } from './tracker-handlers'
import { plannerHandlers } from './planner-handlers'
import { followUpsFile, PlannerService } from './planner-service'
import { QuietTime } from './quiet-time'
import { scriptsHandlers } from './scripts-handlers'
import { practiceFile, scriptsFile, ScriptsService } from './scripts-service'
import { messagesFile } from './messages-file'
import { messagesHandlers } from './messages-handlers'
import { MessagesService } from './messages-service'
import { takesFile } from './takes-file'
import { takesHandlers } from './takes-handlers'
import { DataService } from './data/data-service'
import { dataHandlers } from './data-handlers'
import { TakesService } from './takes-service'
import { insightsHandlers } from './insights-handlers'
import { InsightsService } from './insights-service'
import { PageDelivery } from './page-delivery'
import { remindersHandlers } from './reminders-handlers'

export interface HostDeps {
  store: StorePort
  clock: Clock
  notifier: Notifier
  /** Where take audio is written: files under `<dataDir>/recordings`. */
  takes: TakeStore
  /** Electron only: reveal and save-as dialogs, and the macOS microphone prompt. */
  shell?: DesktopShell
  /** How long no call must come before background work runs (see QuietTime); 0 runs it at once. */
  quietMs?: number
}

/** Longer than the gaps in a page's burst of calls for its first screen, short beside a minute. */
const QUIET_MS = 500
/** How long after a start background work waits for the window's first call. */
const FIRST_CALL_MS = 5000

export interface Host {
  /** The validated API: every call checks its input exactly as a remote call would. */
  api: AppApi
  events: EventBus
  /** Calls a method by name with untrusted input (IPC, HTTP). */
  call(method: string, input: unknown): Promise<unknown>
  /** Not started by default, so tests decide when time passes; hosts call `start()`. */
  reminders: ReminderScheduler
  /** Export, import and backups; hosts call `data.start()` for the daily backup. */
  data: DataService
  /** Stops timers and waits for background work (the takes check, compaction) to finish. */
  dispose(): Promise<void>
  /** Compacts every collection now; it happens on its own as journals grow (tests, bench). */
  compact(): Promise<void>
  /** Pages that show reminders themselves (web host tabs; the desktop window as a fallback). */
  pages: PageDelivery
}

export function createHost({
  store,
  clock,
  notifier,
  takes: takeStore,
  shell,
  quietMs = QUIET_MS,
}: HostDeps): Host {
  const events = new EventBus()
  const quiet = new QuietTime(quietMs, quietMs > 0 ? FIRST_CALL_MS : 0)
  const now = clock.now()
  const said: StorageNotice[] = []
  const journals: JournalCollection<unknown>[] = []
  const journal = <V>(spec: RecordSpec<V>): JournalCollection<V> => {
    const c = new JournalCollection(store.dir, spec, now)
    journals.push(c as JournalCollection<unknown>)
    said.push(...c.notices)
    return c
  }
  const document = <T>(spec: CollectionSpec<T>): Collection<T> => {
    const c = openCollection(store, spec, now)
    said.push(...c.notices)
    return c
  }

  const noticesData = journal(noticesFile)
  const notices = new NoticesService(noticesData, clock)
  // The same notice again at every start (a file still missing) is said once.
  const tell = (notice: StorageNotice) => {
    const known = notices
      .list()
      .some((n) => n.title === notice.title && n.message === notice.message)
    if (!known) notices.add(notice)
  }
  const interviewsData = journal(interviewsFile)
  const interviews = new InterviewsService(interviewsData, clock)
  const settingsData = document(settingsFile)
  const settings = new SettingsService(settingsData)
  const followUpsData = journal(followUpsFile)
  const planner = new PlannerService(followUpsData, interviews, settings, clock, {
    dir: store.dir,
    // Plans kept from the last run turned out different (new rules): the screens refetch.
    replanned: () => events.emit({ type: 'changed', topic: 'followups' }),
    interviewsData,
    whenQuiet: (work) => quiet.whenQuiet(work),
  })
  const scriptsData = journal(scriptsFile)
  const practiceData = journal(practiceFile)
  const scripts = new ScriptsService(scriptsData, practiceData, clock)
  const remindersData = document(remindersFile)
  const takesData = journal(takesFile)
  const messagesData = journal(messagesFile)
  const messages = new MessagesService(messagesData, interviews, settings, planner, clock, shell)
  const reminders = new ReminderScheduler({
    planner,
    interviews,
    settings,
    notifier,
    clock,
    file: remindersData,
  })
  for (const n of said) tell(n)

  const changed = (topic: Topic) => events.emit({ type: 'changed', topic })
  const pages = new PageDelivery((event) => events.emit(event))
  // A page that just connected may be the first place a waiting reminder can be shown. The check
  // waits until the page's first screen has been answered (and, after a start, the parse).
  const stopCheckingOnConnect = pages.onConnect(() =>
    planner.inBackground(() => void reminders.check()),
  )
  const takes = new TakesService(
    takesData,
    takeStore,
    clock,
    (notice) => {
      tell(notice)
      changed('notices')
    },
    (id) => {
      try {
        interviews.get(id)
        return true
      } catch {
        return false
      }
    },
    shell,
  )

  const everything = {
    interviews: interviewsData,
    followups: followUpsData,
    scripts: scriptsData,
    practice: practiceData,
    takes: takesData,
    notices: noticesData,
    messages: messagesData,
  }
  const data = new DataService({
    dir: store.dir,
    collections: everything as Record<string, JournalCollection<unknown>>,
    specs: Object.fromEntries(
      Object.entries(everything).map(([name, c]) => [name, c.spec as RecordSpec<unknown>]),
    ),
    settings: settingsData,
    reminders: remindersData,
    takes: takeStore,
    clock,
    shell,
    changedAll: () => {
      planner.changedAll()
      for (const topic of [
        'interviews',
        'settings',
        'notices',
        'followups',
        'scripts',
        'takes',
        'messages',
      ] as const)
        changed(topic)
    },
  })

  const context: HostContext = {
    clock,
    events,
    interviews,
    settings,
    notices,
    planner,
    changed,
  }
  const impl: Handlers = {
    ...trackerHandlers(context),
    ...plannerHandlers(context),
    ...scriptsHandlers(context, scripts),
    ...takesHandlers(context, takes, shell),
    ...dataHandlers(data),
    ...messagesHandlers(context, messages),
    ...insightsHandlers(
      context,
      new InsightsService(interviews, planner, settings, scripts, takes),
    ),
    ...remindersHandlers(context, pages, shell),
  }

  const call = async (method: string, input: unknown): Promise<unknown> => {
    if (!(methodNames as readonly string[]).includes(method)) {
      throw new AppError('not-found', `There is no method called “${method}”.`)
    }
    const name = method as MethodName
    const fn = impl[name] as (arg: unknown) => Promise<unknown>
    quiet.touch()
    try {
      return await fn(parseInput(name, input))
    } finally {
      quiet.touch()
    }
  }

  const api = Object.fromEntries(
    methodNames.map((m) => [m, (input?: unknown) => call(m, input)]),
  ) as unknown as AppApi

  // The window's first Today comes within a few hundred milliseconds of a start. Its rows are
  // planned now, while nothing is asking (which also readies the planner's code), so that first
  // call is answered at once.
  const firstToday = setImmediate(() => {
    try {
      planner.agenda()
    } catch {
      // Today's own call says what is wrong.
    }
  })
  // Once the records are parsed, the agenda (for reminders) and the tracker's rows (where people
  // go next) are made in slices between requests, so neither is built in one go when first asked.
  interviewsData.onceParsed(() =>
    followUpsData.onceParsed(() => void planner.agendaReady().then(() => planner.listReady())),
  )

  // Every piece of background work, in the order that lets each finish: no new reminder checks,
  // the one under way, backups and restores, the takes start-up scan (it may empty the trash),
  // then compactions as each journal closes. Closing twice (quit and a test's cleanup) is one close.
  let closing: Promise<void> | null = null
  const dispose = () =>
    (closing ??= (async () => {
      clearImmediate(firstToday)
      stopCheckingOnConnect()
      quiet.close()
      planner.close()
      const checked = reminders.close()
      pages.close()
      await checked
      await data.stop()
      await takes.ready
      await Promise.all(journals.map((j) => j.close()))
    })())

  const compact = async () => {
    await Promise.all(journals.map((j) => j.compact()))
  }

  return { api, events, call, reminders, pages, data, dispose, compact }
}
