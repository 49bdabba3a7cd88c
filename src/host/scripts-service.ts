import { AppError } from '../contract/errors'
import type { ScriptSummary, ScriptView } from '../contract/scripts-api'
import { coverage } from '../core/script/coverage'
import { defaultCallScript } from '../core/script/default-script'
import { slugify, uniqueId } from '../core/script/edit'
import { callScriptSchema, NAME_MAX, practiceCountsSchema } from '../core/script/schema'
import type { CallScript, PracticeCounts } from '../core/script/schema'
import { validateScript } from '../core/script/validate'
import { stampVersionOne } from '../core/store/migrations'
import type { Clock } from './ports'
import type { JournalCollection } from './storage/journal'
import { listById, objectEntries, wholeRecord, type RecordSpec } from './storage/record-spec'

/** Enough for every interview's own variant, few enough that the list stays readable. */
export const SCRIPTS_MAX = 50

const BUILT_IN_ID = defaultCallScript.id

/**
 * User scripts, plus the built-in script only once the user has edited it. Until then the
 * built-in comes from resources, so an app update that improves it reaches everyone who never
 * changed it, and "reset" is simply forgetting the edited copy.
 */
export const scriptsFile: RecordSpec<CallScript> = {
  name: 'scripts',
  label: 'call scripts',
  version: 1,
  parse: wholeRecord((raw) => callScriptSchema.safeParse(raw)),
  legacy: {
    version: 1,
    migrations: [stampVersionOne],
    records: (data) => listById(data.scripts),
  },
}

/** Practice counts per script id, in their own collection: they change after every run. */
export const practiceFile: RecordSpec<PracticeCounts> = {
  name: 'practice',
  label: 'practice history',
  version: 1,
  parse: wholeRecord((raw) => practiceCountsSchema.safeParse(raw)),
  legacy: {
    version: 1,
    migrations: [stampVersionOne],
    records: (data) => objectEntries(data.counts),
  },
}

const notFound = () => new AppError('not-found', 'That call script no longer exists.')

const byName = (a: CallScript, b: CallScript) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id)

/** A fresh script that can be practised at once, so the user edits rather than starts blank. */
function starterScript(id: string, name: string): CallScript {
  return {
    schemaVersion: 1,
    id,
    name,
    builtIn: false,
    startNodeId: 'opening',
    nodes: [
      {
        id: 'opening',
        kind: 'opening',
        title: 'Opening',
        line: "Hi {{interviewerFirstName}}, this is {{yourName}}. I'm calling about the {{role}} role.",
        donts: [],
      },
      {
        id: 'close',
        kind: 'close',
        title: 'Thank and close',
        line: 'Thank you for your time, {{interviewerFirstName}}. Have a great day.',
        donts: [],
      },
    ],
    edges: [{ id: 'opening-answer', from: 'opening', to: 'close', label: 'They answer' }],
  }
}

export class ScriptsService {
  constructor(
    private readonly scripts: JournalCollection<CallScript>,
    private readonly practice: JournalCollection<PracticeCounts>,
    private readonly clock: Clock,
  ) {}

  list(): ScriptSummary[] {
    const user = [...this.scripts.values()].filter((s) => s.id !== BUILT_IN_ID)
    return [this.#builtIn(), ...user.sort(byName)].map((script) => {
      const cover = coverage(script, this.counts(script.id))
      return {
        id: script.id,
        name: script.name,
        builtIn: script.builtIn,
        edited: this.#edited(script.id),
        ...(script.updatedAt ? { updatedAt: script.updatedAt } : {}),
        steps: script.nodes.length,
        replies: cover.totalEdges,
        practisedReplies: cover.practisedEdges,
        problems: validateScript(script).length,
      }
    })
  }

  get(scriptId: string): ScriptView {
    return this.#view(this.#find(scriptId))
  }

  save(script: CallScript, expectedUpdatedAt?: string): ScriptView {
    const current = this.#find(script.id)
    if (expectedUpdatedAt && current.updatedAt !== expectedUpdatedAt) {
      throw new AppError(
        'conflict',
        'This script was saved somewhere else since you opened it. Reload it to see that version.',
      )
    }
    // Which script is built in is the host's call, never the caller's.
    const next: CallScript = {
      ...script,
      builtIn: script.id === BUILT_IN_ID,
      updatedAt: this.#nowAfter(current.updatedAt),
    }
    this.#put(next)
    return this.#view(next)
  }

  create(name: string): ScriptView {
    this.#roomForOneMore()
    const script = { ...starterScript(this.#newId(name), name), updatedAt: this.#now() }
    this.#put(script)
    return this.#view(script)
  }

  duplicate(scriptId: string, name?: string): ScriptView {
    const source = this.#find(scriptId)
    this.#roomForOneMore()
    const copyName = name ?? this.#copyName(source.name)
    const copy: CallScript = {
      ...structuredClone(source),
      id: this.#newId(copyName),
      name: copyName,
      builtIn: false,
      updatedAt: this.#now(),
    }
    this.#put(copy)
    return this.#view(copy)
  }

  delete(scriptId: string): void {
    const script = this.#find(scriptId)
    if (script.builtIn) {
      throw new AppError(
        'conflict',
        'The built-in script can’t be deleted. You can reset it to how it first was instead.',
      )
    }
    this.scripts.delete(scriptId)
    // Left over counts would harm nothing; try again at the next delete if this one fails.
    try {
      this.practice.delete(scriptId)
    } catch (err) {
      console.error('[scripts] could not forget practice counts:', err)
    }
  }

  resetDefault(): ScriptView {
    this.scripts.delete(BUILT_IN_ID)
    return this.#view(defaultCallScript)
  }

  counts(scriptId: string): PracticeCounts {
    return this.practice.get(scriptId) ?? {}
  }

  record(scriptId: string, edgeIds: string[]): PracticeCounts {
    const script = this.#find(scriptId)
    const known = new Set(script.edges.map((e) => e.id))
    const stale = edgeIds.find((id) => !known.has(id))
    if (stale !== undefined) {
      throw new AppError(
        'invalid-input',
        `The reply “${stale}” is no longer in “${script.name}”, so this run was not counted. Start the run again.`,
      )
    }
    const next = { ...this.counts(scriptId) }
    for (const id of edgeIds) next[id] = (next[id] ?? 0) + 1
    this.#putCounts(scriptId, next)
    return next
  }

  clear(scriptId: string): PracticeCounts {
    this.#find(scriptId)
    this.#putCounts(scriptId, {})
    return {}
  }

  #builtIn(): CallScript {
    return this.scripts.get(BUILT_IN_ID) ?? defaultCallScript
  }

  #edited(scriptId: string): boolean {
    return scriptId === BUILT_IN_ID && this.scripts.has(BUILT_IN_ID)
  }

  #find(scriptId: string): CallScript {
    if (scriptId === BUILT_IN_ID) return this.#builtIn()
    const found = this.scripts.get(scriptId)
    if (!found) throw notFound()
    return found
  }

  #view(script: CallScript): ScriptView {
    return { script, problems: validateScript(script), edited: this.#edited(script.id) }
  }

  #put(script: CallScript) {
    this.scripts.put(script.id, script)
  }

  #putCounts(scriptId: string, counts: PracticeCounts) {
    this.practice.put(scriptId, counts)
  }

  #roomForOneMore() {
    const userScripts = [...this.scripts.keys()].filter((id) => id !== BUILT_IN_ID)
    if (userScripts.length >= SCRIPTS_MAX) {
      throw new AppError(
        'conflict',
        `You already have ${SCRIPTS_MAX} call scripts. Delete one you no longer use first.`,
      )
    }
  }

  #newId(name: string): string {
    return uniqueId(slugify(name, 'script'), [BUILT_IN_ID, ...this.scripts.keys()])
  }

  #copyName(name: string): string {
    const names = new Set([this.#builtIn(), ...this.scripts.values()].map((s) => s.name))
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`
      const candidate = name.slice(0, NAME_MAX - suffix.length) + suffix
      if (!names.has(candidate)) return candidate
    }
  }

  #now(): string {
    return this.clock.now().toISOString()
  }

  /** Timestamps must move forward even within one millisecond, or conflict checks would miss a save. */
  #nowAfter(previous: string | undefined): string {
    const now = this.clock.now()
    const prev = previous ? Date.parse(previous) : Number.NEGATIVE_INFINITY
    return (now.getTime() > prev ? now : new Date(prev + 1)).toISOString()
  }
}
