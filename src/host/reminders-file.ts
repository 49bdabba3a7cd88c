import { z } from 'zod'
import { stampVersionOne } from '../core/store/migrations'
import type { CollectionSpec } from './collection'

export interface ReminderState {
  /** Each reminder that reached the user, by reminder key, with when it did. */
  delivered: Record<string, string>
  /**
   * From version 1, which kept only the last day a reminder went out: steps due on or before it
   * count as reminded, so an upgrade never repeats them.
   */
  deliveredThrough: string | null
}

export const remindersFile: CollectionSpec<ReminderState> = {
  name: 'reminders',
  version: 2,
  migrations: [
    stampVersionOne,
    {
      from: 1,
      up: ({ lastSentDay }) => ({
        delivered: {},
        deliveredThrough: typeof lastSentDay === 'string' ? lastSentDay : null,
      }),
    },
  ],
  parse: (data) => {
    const delivered = z.record(z.string(), z.string()).safeParse(data.delivered ?? {})
    const through = z
      .string()
      .nullable()
      .safeParse(data.deliveredThrough ?? null)
    return {
      value: {
        delivered: delivered.success ? delivered.data : {},
        deliveredThrough: through.success ? through.data : null,
      },
      dropped: (delivered.success ? 0 : 1) + (through.success ? 0 : 1),
    }
  },
  serialize: (value) => ({ schemaVersion: 2, ...value }),
}
