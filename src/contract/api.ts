import { z } from 'zod'
import { dataInputs, type DataApi } from './data-api'
import { messagesInputs, type MessagesApi } from './messages-api'
import { plannerInputs, type PlannerApi } from './planner-api'
import { remindersInputs, type RemindersApi } from './reminders-api'
import { scriptsInputs, type ScriptsApi } from './scripts-api'
import { takesInputs, type TakesApi } from './takes-api'
import { trackerInputs, type TrackerApi } from './tracker-api'
import { insightsInputs, type InsightsApi } from './insights-api'
import type { AppEvent } from './events'
import type { WireError } from './errors'
import type { MethodName } from './methods'

/**
 * The one API between the UI and a host, one part per feature. Every method takes at most one
 * argument, validated by `inputSchemas` on the host side, so one generic binding serves IPC and
 * HTTP alike.
 */
export interface AppApi
  extends
    TrackerApi,
    PlannerApi,
    ScriptsApi,
    TakesApi,
    DataApi,
    MessagesApi,
    InsightsApi,
    RemindersApi {}

type SameKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never]
  ? true
  : never
// Fails to compile when a method is added to AppApi but not to methodNames, or the reverse.
const methodsListed: SameKeys<AppApi, MethodName> = true
void methodsListed

/** Input validation for every method; `undefined` means the method takes no argument. */
export const inputSchemas = {
  ...trackerInputs,
  ...plannerInputs,
  ...scriptsInputs,
  ...takesInputs,
  ...dataInputs,
  ...messagesInputs,
  ...insightsInputs,
  ...remindersInputs,
} satisfies Record<MethodName, z.ZodType>

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
type ArgumentOf<F> = F extends (...args: infer A) => unknown
  ? A extends []
    ? undefined
    : A[0]
  : never
/** Methods whose declared argument is not exactly what their schema accepts. */
type Drifted = {
  [M in MethodName]: Same<ArgumentOf<AppApi[M]>, z.input<(typeof inputSchemas)[M]>> extends true
    ? never
    : M
}[MethodName]
// Fails to compile, naming the method, when an argument type is written by hand and drifts from
// its schema; derive it instead (`z.input<typeof …Inputs.method>`).
const argumentsMatchSchemas: [Drifted] extends [never] ? true : Drifted = true
void argumentsMatchSchemas

/** The UI's view of a host: the API plus its push events. */
export interface AppClient extends AppApi {
  /** Calls `listener` for every event the host pushes; returns an unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void
}

/** What a binding returns over IPC, since Electron drops custom error fields. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError }

/** A method's input after validation (defaults filled, strings trimmed). */
export type ParsedInput<M extends MethodName> = z.output<(typeof inputSchemas)[M]>

/** What a host implements: each method receives input that `inputSchemas` has already checked. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Promise<Awaited<ReturnType<AppApi[M]>>>
}
