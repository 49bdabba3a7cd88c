import { z } from 'zod'
import { migrate, stampVersionOne } from '../core/store/migrations'
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

/**
 * The reminder state carried in an export, of either version (exports made before version 2
 * hold `lastSentDay`); anything unreadable counts as nothing delivered yet.
 */
export function reminderStateFrom(raw: unknown): ReminderState {
  const data = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  const schemaVersion = 'delivered' in data ? 2 : 1
  try {
    const { data: migrated } = migrate(
      { ...data, schemaVersion },
      remindersFile.version,
      remindersFile.migrations,
    )
    return remindersFile.parse(migrated).value
  } catch {
    return { delivered: {}, deliveredThrough: null }
  }
}
