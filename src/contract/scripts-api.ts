import { z } from 'zod'
import { callScriptSchema, NAME_MAX, SCRIPT_ID_PATTERN } from '../core/script/schema'
import type { CallScript, PracticeCounts } from '../core/script/schema'
import type { ScriptProblem } from '../core/script/validate'
import { scriptIdSchema as scriptId } from './ids'

/** One script as the list of scripts shows it. */
export interface ScriptSummary {
  id: string
  name: string
  builtIn: boolean
  /** The built-in script was changed from the one the app ships (reset brings that back). */
  edited: boolean
  updatedAt?: string
  steps: number
  replies: number
  /** Replies taken at least once in practice. */
  practisedReplies: number
  /** How many things stop it from being practised; 0 means ready. */
  problems: number
}

/** A whole script with what stops it from being practised (saved drafts may have problems). */
export interface ScriptView {
  script: CallScript
  problems: ScriptProblem[]
  edited: boolean
}

const scriptName = z
  .string()
  .trim()
  .min(1, { message: 'A script name is required.' })
  .max(NAME_MAX, { message: `A script name is too long (at most ${NAME_MAX} characters).` })

/** What a caller passes: the schema's input, so the type and the check cannot drift apart. */
type In<M extends keyof typeof scriptsInputs> = z.input<(typeof scriptsInputs)[M]>

export interface ScriptsApi {
  /** Every call script, the built-in one first, then by name. */
  listScripts(): Promise<ScriptSummary[]>
  /** One script with its problems; `not-found` if it was deleted. */
  getScript(input: In<'getScript'>): Promise<ScriptView>
  /**
   * Replaces a script with the edited version. A draft with problems is saved (and its problems
   * returned) but cannot be practised until they are fixed. With `expectedUpdatedAt`, refuses
   * with `conflict` if it was saved elsewhere since the editor loaded it.
   */
  saveScript(input: In<'saveScript'>): Promise<ScriptView>
  /** Starts a new script with an opening and a close for the user to fill in. */
  createScript(input: In<'createScript'>): Promise<ScriptView>
  /** Copies a script (its practice history starts empty); the name defaults to "… (copy)". */
  duplicateScript(input: In<'duplicateScript'>): Promise<ScriptView>
  /** Deletes a script and its practice history; the built-in script is refused with `conflict`. */
  deleteScript(input: In<'deleteScript'>): Promise<void>
  /** Puts the built-in script back as the app ships it; practice history is kept. */
  resetDefaultScript(): Promise<ScriptView>
  /** How often each reply of a script has been taken in practice (reply id → count). */
  getPracticeCounts(input: In<'getPracticeCounts'>): Promise<PracticeCounts>
  /** Adds one practice to each reply taken in a run; refuses replies not in the script. */
  recordPractice(input: In<'recordPractice'>): Promise<PracticeCounts>
  /** Forgets a script's practice history so every branch shows as never practised again. */
  clearPractice(input: In<'clearPractice'>): Promise<PracticeCounts>
}

export const scriptsInputs = {
  listScripts: z.undefined(),
  getScript: z.strictObject({ scriptId }),
  saveScript: z.strictObject({
    script: callScriptSchema,
    expectedUpdatedAt: z.iso.datetime().optional(),
  }),
  createScript: z.strictObject({ name: scriptName }),
  duplicateScript: z.strictObject({ scriptId, name: scriptName.optional() }),
  deleteScript: z.strictObject({ scriptId }),
  resetDefaultScript: z.undefined(),
  getPracticeCounts: z.strictObject({ scriptId }),
  recordPractice: z.strictObject({
    scriptId,
    edgeIds: z
      .array(z.string().regex(SCRIPT_ID_PATTERN, { message: 'That is not a reply id.' }))
      .max(500, { message: 'A practice run can take at most 500 replies.' }),
  }),
  clearPractice: z.strictObject({ scriptId }),
} satisfies { [K in keyof ScriptsApi]: z.ZodType }
