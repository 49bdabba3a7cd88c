import type { z } from 'zod'
import { defaultSettings, settingsSchema, type Settings } from '../core/settings/schema'
import { stampVersionOne } from '../core/store/migrations'
import type { Collection, CollectionSpec } from './collection'

const fieldNames: Partial<Record<string, string>> = {
  reminderTime: 'the reminder time',
  holidays: 'the holidays',
  notifications: 'whether to show notifications',
  theme: 'the theme',
  profile: 'your details',
  speech: 'the practice partner',
  microphoneId: 'the microphone',
}

/**
 * Each setting is read on its own: a bad one falls back to its default and the rest are kept.
 * Missing keys take their defaults, so a setting added in a later release needs no migration.
 */
export function parseSettings(stored: unknown): { value: Settings; dropped: string[] } {
  const raw =
    stored && typeof stored === 'object' && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {}
  const value: Record<string, unknown> = { ...defaultSettings }
  const dropped: string[] = []
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    if (!(key in raw)) continue
    const parsed = (field as z.ZodType).safeParse(raw[key])
    if (parsed.success) value[key] = parsed.data
    else dropped.push(key)
  }
  for (const key of Object.keys(raw)) if (!(key in settingsSchema.shape)) dropped.push(key)
  return { value: settingsSchema.parse(value), dropped }
}

export const settingsFile: CollectionSpec<Settings> & { label: string } = {
  name: 'settings',
  label: 'settings',
  version: 1,
  migrations: [stampVersionOne],
  parse: (data) => {
    const { value, dropped } = parseSettings(data.settings)
    const names = dropped.map((k) => fieldNames[k] ?? `“${k}”`)
    return {
      value,
      dropped: dropped.length,
      detail: names.length ? `In your settings, ${names.join(', ')} could not be read` : undefined,
    }
  },
  serialize: (value) => ({ schemaVersion: 1, settings: value }),
}

export class SettingsService {
  constructor(private readonly file: Collection<Settings>) {}

  get(): Settings {
    return this.file.value
  }

  update(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.file.value, ...patch })
    this.file.save(next)
    return next
  }

  /** Puts back every setting at once (import, restore); the value was checked by the caller. */
  replace(next: Settings): void {
    this.file.save(next)
  }
}
