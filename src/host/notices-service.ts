import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Notice } from '../contract/notices'
import { stampVersionOne } from '../core/store/migrations'
import type { Clock } from './ports'
import type { JournalCollection } from './storage/journal'
import { listById, wholeRecord, type RecordSpec } from './storage/record-spec'

const noticeSchema = z.strictObject({
  id: z.string(),
  level: z.enum(['info', 'warning']),
  title: z.string(),
  message: z.string(),
  createdAt: z.string(),
})

/** Each notice is its own record, so one bad notice never hides the others. */
export const noticesFile: RecordSpec<Notice> = {
  name: 'notices',
  label: 'messages',
  version: 1,
  parse: wholeRecord((raw) => noticeSchema.safeParse(raw)),
  legacy: {
    version: 1,
    migrations: [stampVersionOne],
    records: (data) => listById(data.notices),
  },
}

export class NoticesService {
  /** Notices that could not be saved (a read-only or full disk): shown this session all the same. */
  #unsaved: Notice[] = []

  constructor(
    private readonly file: JournalCollection<Notice>,
    private readonly clock: Clock,
  ) {}

  list(): Notice[] {
    return [...this.file.values(), ...this.#unsaved]
  }

  /** Never fails: a notice is most needed exactly when the disk refuses writes. */
  add(notice: Omit<Notice, 'id' | 'createdAt'>): Notice {
    const full = { ...notice, id: randomUUID(), createdAt: this.clock.now().toISOString() }
    try {
      this.file.put(full.id, full)
    } catch {
      this.#unsaved.push(full)
    }
    return full
  }

  dismiss(id: string): void {
    const before = this.#unsaved.length
    this.#unsaved = this.#unsaved.filter((n) => n.id !== id)
    if (this.#unsaved.length === before) this.file.delete(id)
  }
}
