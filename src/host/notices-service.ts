import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Notice } from '../contract/notices'
import { stampVersionOne } from '../core/store/migrations'
import type { Collection, CollectionSpec } from './collection'
import type { Clock } from './ports'

const noticeSchema = z.strictObject({
  id: z.string(),
  level: z.enum(['info', 'warning']),
  title: z.string(),
  message: z.string(),
  createdAt: z.string(),
})

export const noticesFile: CollectionSpec<Notice[]> = {
  name: 'notices',
  version: 1,
  migrations: [stampVersionOne],
  parse: (data) => ({ value: z.array(noticeSchema).default([]).parse(data.notices), dropped: 0 }),
  serialize: (value) => ({ schemaVersion: 1, notices: value }),
}

export class NoticesService {
  constructor(
    private readonly file: Collection<Notice[]>,
    private readonly clock: Clock,
  ) {}

  list(): Notice[] {
    return this.file.value
  }

  add(notice: Omit<Notice, 'id' | 'createdAt'>): Notice {
    const full = { ...notice, id: randomUUID(), createdAt: this.clock.now().toISOString() }
    this.file.save([...this.file.value, full])
    return full
  }

  dismiss(id: string): void {
    this.file.save(this.file.value.filter((n) => n.id !== id))
  }
}
