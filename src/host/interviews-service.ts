import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { interviewDraftSchema, interviewSchema, type Interview } from '../core/interview/schema'
import { newestInterviewFirst } from '../core/followup/interview-summary'
import { stampVersionOne } from '../core/store/migrations'
import { AppError } from '../contract/errors'
import type { Clock } from './ports'
import type { JournalCollection } from './storage/journal'
import { listById, wholeRecord, type RecordSpec } from './storage/record-spec'

/** Trashed interviews are kept this long so an undo, or a restart mid-undo, never loses one. */
const TRASH_DAYS = 30

/** Interviews by id, one journal record each. */
export const interviewsFile: RecordSpec<Interview> = {
  name: 'interviews',
  label: 'interviews',
  version: 1,
  parse: wholeRecord((raw) => interviewSchema.safeParse(raw)),
  legacy: {
    version: 1,
    migrations: [stampVersionOne],
    records: (data) => listById(data.interviews),
  },
}

type Draft = z.output<typeof interviewDraftSchema>

export class InterviewsService {
  #listeners: ((id: string) => void)[] = []

  constructor(
    private readonly file: JournalCollection<Interview>,
    private readonly clock: Clock,
  ) {
    // Looking at every interview parses them all; at start that waits for the background pass,
    // so the first request is not held by it (with nothing left raw it runs at once).
    file.onceParsed(() => this.#purgeOldTrash())
  }

  list(): Interview[] {
    return [...this.all()].sort(newestInterviewFirst)
  }

  /** Every interview not in the trash, in no particular order. */
  *all(): Generator<Interview> {
    for (const i of this.file.values()) if (!i.deletedAt) yield i
  }

  /** The interview, or undefined when it does not exist or is in the trash. */
  find(id: string): Interview | undefined {
    const found = this.file.get(id)
    return found && !found.deletedAt ? found : undefined
  }

  /** No interviews outside the trash. */
  isEmpty(): boolean {
    return this.all().next().done === true
  }

  /** The example interview, if the user is trying the app with one. */
  example(): Interview | undefined {
    for (const i of this.all()) if (i.example) return i
    return undefined
  }

  /** Calls `listener` with the id of every interview written, so indexes follow each change. */
  onChange(listener: (id: string) => void): void {
    this.#listeners.push(listener)
  }

  get(id: string): Interview {
    const found = this.file.get(id)
    if (!found || found.deletedAt)
      throw new AppError('not-found', 'That interview no longer exists.')
    return found
  }

  /** `marks` are what only the app sets, such as the example flag; never from a draft. */
  create(draft: Draft, marks: Pick<Interview, 'example'> = {}): Interview {
    const now = this.clock.now().toISOString()
    const interview: Interview = {
      id: randomUUID(),
      ...draft,
      ...marks,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    }
    this.#put(interview)
    return interview
  }

  update(id: string, draft: Draft, expectedUpdatedAt?: string): Interview {
    const current = this.get(id)
    if (expectedUpdatedAt && current.updatedAt !== expectedUpdatedAt) {
      throw new AppError(
        'conflict',
        'This interview was changed somewhere else since you opened it. Reload it to see the latest version.',
      )
    }
    const next: Interview = { ...current, ...draft, updatedAt: this.#nowAfter(current.updatedAt) }
    this.#put(next)
    return next
  }

  /** Applies a change made by the app itself (e.g. an outcome from a logged answer). */
  patch(id: string, change: Partial<Draft>): Interview {
    const current = this.get(id)
    const next: Interview = { ...current, ...change, updatedAt: this.#nowAfter(current.updatedAt) }
    this.#put(next)
    return next
  }

  delete(id: string): void {
    const current = this.get(id)
    this.#put({ ...current, deletedAt: this.clock.now().toISOString() })
  }

  restore(id: string): Interview {
    const found = this.file.get(id)
    if (!found) throw new AppError('not-found', 'That interview can no longer be restored.')
    const restored = { ...found, deletedAt: null }
    this.#put(restored)
    return restored
  }

  #put(interview: Interview) {
    this.file.put(interview.id, interview)
    for (const listener of this.#listeners) listener(interview.id)
  }

  /** Timestamps must move forward even within one millisecond, or conflict checks would miss a save. */
  #nowAfter(previous: string): string {
    const now = this.clock.now()
    const prev = Date.parse(previous)
    return (now.getTime() > prev ? now : new Date(prev + 1)).toISOString()
  }

  #purgeOldTrash() {
    const cutoff = this.clock.now().getTime() - TRASH_DAYS * 86_400_000
    const old = [...this.file.values()].filter(
      (i) => i.deletedAt && Date.parse(i.deletedAt) <= cutoff,
    )
    if (old.length === 0) return
    try {
      this.file.change(old.map((i) => ({ delete: i.id })))
      for (const i of old) for (const listener of this.#listeners) listener(i.id)
    } catch (err) {
      // Purging can wait for a start when the folder can be written again.
      console.error('[interviews] could not purge the trash:', err)
    }
  }
}
