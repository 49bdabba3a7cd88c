import type { AppApi, Handlers } from '../contract/api'
import { methodNames, type MethodName } from '../contract/methods'
import { AppError } from '../contract/errors'
import type { Topic } from '../contract/events'
import { parseInput } from '../contract/parse-input'
import { openCollection, type Collection, type CollectionSpec } from './collection'
import { EventBus } from './event-bus'
import { interviewsFile, InterviewsService } from './interviews-service'
import { noticesFile, NoticesService } from './notices-service'
import type { Clock, DesktopShell, Notifier, StorePort, TakeStore } from './ports'
import { settingsFile, SettingsService } from './settings-service'
import { ReminderScheduler, remindersFile } from './reminder-scheduler'
import type { HostContext } from './host-context'
import { trackerHandlers } from './tracker-handlers'
import { plannerHandlers } from './planner-handlers'
import { followUpsFile, PlannerService } from './planner-service'
import { scriptsHandlers } from './scripts-handlers'
import { practiceFile, scriptsFile, ScriptsService } from './scripts-service'
import { takesFile } from './takes-file'
import { takesHandlers } from './takes-handlers'
import { TakesService } from './takes-service'
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
}

export interface Host {
  /** The validated API: every call checks its input exactly as a remote call would. */
  api: AppApi
  events: EventBus
  /** Calls a method by name with untrusted input (IPC, HTTP). */
  call(method: string, input: unknown): Promise<unknown>
  /** Not started by default, so tests decide when time passes; hosts call `start()`. */
  reminders: ReminderScheduler
  /** Pages that show reminders themselves (web host tabs; the desktop window as a fallback). */
  pages: PageDelivery
  dispose(): void
}

const labels: Record<string, string> = {
  interviews: 'interviews',
  settings: 'settings',
  notices: 'messages',
  followups: 'follow-up log',
  reminders: 'reminder state',
  scripts: 'call scripts',
  practice: 'practice history',
  takes: 'recordings list',
}

export function createHost({ store, clock, notifier, takes: takeStore, shell }: HostDeps): Host {
  const events = new EventBus()
  const recovered: { name: string; keptAt: string; reason: string }[] = []
  const open = <T>(spec: CollectionSpec<T>): Collection<T> => {
    const c = openCollection(store, spec, clock.now())
    if (c.recovery) recovered.push({ name: spec.name, ...c.recovery })
    return c
  }

  const notices = new NoticesService(open(noticesFile), clock)
  const interviews = new InterviewsService(open(interviewsFile), clock)
  const settings = new SettingsService(open(settingsFile))
  const planner = new PlannerService(open(followUpsFile), interviews, settings, clock)
  const scripts = new ScriptsService(open(scriptsFile), open(practiceFile), clock)
  const reminders = new ReminderScheduler({
    planner,
    interviews,
    settings,
    notifier,
    clock,
    file: open(remindersFile),
  })
  const takesData = open(takesFile)
  for (const r of recovered) {
    notices.add({
      level: 'warning',
      title: `Your saved ${labels[r.name] ?? r.name} needed repair`,
      message: `The file could not be used as it was: ${r.reason}. Nothing was deleted: the original is kept at ${r.keptAt}.`,
    })
  }

  const changed = (topic: Topic) => events.emit({ type: 'changed', topic })
  const pages = new PageDelivery((event) => events.emit(event))
  // A page that just connected may be the first place a waiting reminder can be shown.
  pages.onConnect(() => void reminders.check())
  const takes = new TakesService(
    takesData,
    takeStore,
    clock,
    (notice) => {
      notices.add(notice)
      changed('notices')
    },
    shell,
  )

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
    ...remindersHandlers(context, pages, shell),
  }

  const call = async (method: string, input: unknown): Promise<unknown> => {
    if (!(methodNames as readonly string[]).includes(method)) {
      throw new AppError('not-found', `There is no method called “${method}”.`)
    }
    const name = method as MethodName
    const fn = impl[name] as (arg: unknown) => Promise<unknown>
    return fn(parseInput(name, input))
  }

  const api = Object.fromEntries(
    methodNames.map((m) => [m, (input?: unknown) => call(m, input)]),
  ) as unknown as AppApi

  return { api, events, call, reminders, pages, dispose: () => reminders.stop() }
}
