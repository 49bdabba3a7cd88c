import { z } from 'zod'
import { isoDate } from '../interview/schema'

export const themes = ['system', 'light', 'dark'] as const

export const profileSchema = z.strictObject({
  name: z.string().trim().max(100, { message: 'Your name is too long (at most 100 characters).' }),
  email: z.string().trim().max(254, { message: 'Your email is too long.' }),
  phone: z.string().trim().max(40, { message: 'Your phone number is too long.' }),
  /** Closes every message draft; empty means just your name. */
  signature: z
    .string()
    .trim()
    .max(500, { message: 'Your signature is too long (at most 500 characters).' })
    .optional(),
})

export const speechSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  voice: z.string().max(200),
  rate: z
    .number()
    .min(0.5, { message: 'Speaking rate must be between 0.5 and 2.' })
    .max(2, { message: 'Speaking rate must be between 0.5 and 2.' }),
})

const clockTime = (label: string) =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: `${label} must look like 09:00.` })

/** No reminder interrupts these hours; what comes due inside them waits for the end. */
export const quietHoursSchema = z
  .strictObject({
    enabled: z.boolean(),
    start: clockTime('The start of quiet hours'),
    end: clockTime('The end of quiet hours'),
  })
  .refine((q) => q.start !== q.end, {
    message: 'Quiet hours need a different start and end.',
    path: ['end'],
  })

export const settingsSchema = z.strictObject({
  reminderTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Reminder time must look like 09:00.' }),
  holidays: z
    .array(isoDate('Each holiday'))
    .max(366, { message: 'At most 366 holidays.' })
    .transform((days) => [...new Set(days)].sort()),
  notifications: z.boolean(),
  theme: z.enum(themes),
  profile: profileSchema,
  speech: speechSettingsSchema,
  microphoneId: z.string().max(500),
  quietHours: quietHoursSchema,
  /** Desktop: closing the window keeps reminders running from the tray (or the macOS dock). */
  keepInTray: z.boolean(),
  /** Desktop: start hidden in the tray when the user logs in. */
  startAtLogin: z.boolean(),
})

export type Settings = z.output<typeof settingsSchema>

export const defaultSettings: Settings = {
  reminderTime: '09:00',
  holidays: [],
  notifications: true,
  theme: 'system',
  profile: { name: '', email: '', phone: '', signature: '' },
  speech: { enabled: true, voice: '', rate: 1 },
  microphoneId: '',
  quietHours: { enabled: false, start: '21:00', end: '08:00' },
  keepInTray: true,
  startAtLogin: false,
}

/** A partial change; nested objects are replaced whole so the form stays the source of truth. */
export const settingsPatchSchema = settingsSchema.partial()
export type SettingsPatch = z.input<typeof settingsPatchSchema>
