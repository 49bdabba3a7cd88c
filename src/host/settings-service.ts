import { z } from 'zod'
import { defaultSettings, settingsSchema, type Settings } from '../core/settings/schema'
import { stampVersionOne } from '../core/store/migrations'
import type { Collection, CollectionSpec } from './collection'

export const settingsFile: CollectionSpec<Settings> = {
  name: 'settings',
  version: 1,
  migrations: [stampVersionOne],
  // Missing keys take their defaults, so a setting added in a later release needs no migration.
  parse: (data) => ({
    value: settingsSchema.parse({
      ...defaultSettings,
      ...z.record(z.string(), z.unknown()).default({}).parse(data.settings),
    }),
    dropped: 0,
  }),
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
}
