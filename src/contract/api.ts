import { z } from 'zod'
import { interviewDraftSchema, type Interview } from '../core/interview/schema'
import { settingsPatchSchema, type Settings } from '../core/settings/schema'
import type { Notice } from './notices'
import type { AppEvent } from './events'
import type { WireError } from './errors'
import type { MethodName } from './methods'

const id = z.string().min(1, { message: 'An id is required.' }).max(64)

/**
 * The one API between the UI and a host. Every method takes at most one argument, validated by
 * `inputSchemas` on the host side, so one generic binding serves IPC and HTTP alike.
 */
export interface AppApi {
  /** Every interview that is not in the trash, newest interview date first. */
  listInterviews(): Promise<Interview[]>
  /** One interview by id; `not-found` if it does not exist or is in the trash. */
  getInterview(input: { id: string }): Promise<Interview>
  /** Saves a new interview from the form's draft and returns it with its id and timestamps. */
  createInterview(input: { draft: z.input<typeof interviewDraftSchema> }): Promise<Interview>
  /**
   * Replaces an interview's fields with the draft. With `expectedUpdatedAt`, refuses with
   * `conflict` if it changed since the form loaded it (another window saved first).
   */
  updateInterview(input: {
    id: string
    draft: z.input<typeof interviewDraftSchema>
    expectedUpdatedAt?: string
  }): Promise<Interview>
  /** Moves an interview to the trash, from where `restoreInterview` can bring it back. */
  deleteInterview(input: { id: string }): Promise<void>
  /** Brings a trashed interview back (the UI's undo). */
  restoreInterview(input: { id: string }): Promise<Interview>
  /** The user's settings, with defaults filled in. */
  getSettings(): Promise<Settings>
  /** Changes some settings and returns all of them. */
  updateSettings(input: { patch: z.input<typeof settingsPatchSchema> }): Promise<Settings>
  /** Messages the host has for the user (such as a damaged file that was moved aside). */
  listNotices(): Promise<Notice[]>
  /** Marks a notice as read so it is not shown again. */
  dismissNotice(input: { id: string }): Promise<void>
}

type SameKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never]
  ? true
  : never
// Fails to compile when a method is added to AppApi but not to methodNames, or the reverse.
const methodsListed: SameKeys<AppApi, MethodName> = true
void methodsListed

/** Input validation for every method; `undefined` means the method takes no argument. */
export const inputSchemas = {
  listInterviews: z.undefined(),
  getInterview: z.strictObject({ id }),
  createInterview: z.strictObject({ draft: interviewDraftSchema }),
  updateInterview: z.strictObject({
    id,
    draft: interviewDraftSchema,
    expectedUpdatedAt: z.iso.datetime().optional(),
  }),
  deleteInterview: z.strictObject({ id }),
  restoreInterview: z.strictObject({ id }),
  getSettings: z.undefined(),
  updateSettings: z.strictObject({ patch: settingsPatchSchema }),
  listNotices: z.undefined(),
  dismissNotice: z.strictObject({ id }),
} satisfies Record<MethodName, z.ZodType>

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
