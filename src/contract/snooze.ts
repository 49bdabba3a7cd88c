import { z } from 'zod'
import { isoDate } from '../core/interview/schema'

/** Snooze choices the host works out by its own clock, holidays and reminder time. */
export const snoozePresets = ['hour', 'tomorrow', 'next-business-day'] as const
export type SnoozePreset = (typeof snoozePresets)[number]

export const timeOfDay = (label: string) =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: `${label} must look like 14:30.` })

/** Day-only snoozes from earlier versions (`{ until }`) keep working unchanged. */
export function snoozeInputSchema(id: z.ZodType<string>, key: z.ZodType<string>) {
  return z
    .strictObject({
      interviewId: id,
      key,
      until: isoDate('The snooze date').optional(),
      at: timeOfDay('The snooze time').optional(),
      preset: z.enum(snoozePresets, { message: 'That is not a snooze choice.' }).optional(),
    })
    .superRefine((v, ctx) => {
      if ((v.until === undefined) === (v.preset === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['until'],
          message: 'Pick a day to snooze until, or one of the choices.',
        })
      }
      if (v.at !== undefined && v.until === undefined) {
        ctx.addIssue({ code: 'custom', path: ['at'], message: 'A snooze time needs a day.' })
      }
    })
}

/**
 * Snooze to a preset, or to a day (reminded at the reminder time), or to a day and time; the
 * schema refuses both or neither with a message the user can act on.
 */
export type SnoozeInput = z.input<ReturnType<typeof snoozeInputSchema>>
