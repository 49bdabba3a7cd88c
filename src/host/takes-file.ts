import { z } from 'zod'
import { idSchema } from '../contract/ids'
import {
  MARKERS_MAX,
  mimeTypeSchema,
  nodeIdSchema,
  nodeMarkerSchema,
  takeAnalysisSchema,
  takeNameSchema,
} from '../contract/take-schemas'
import type { Take } from '../contract/takes-api'
import { SCRIPT_ID_PATTERN } from '../core/script/schema'
import { stampVersionOne } from '../core/store/migrations'
import type { CollectionSpec } from './collection'

/** A take as stored: its metadata, the file that holds the audio, and whether it is in the trash. */
export interface TakeRecord extends Take {
  file: string
  /** Set while the take is in the trash (undo is still possible); purged at the next start. */
  deletedAt?: string
}

export type TakeMap = ReadonlyMap<string, TakeRecord>

const recordSchema = z.strictObject({
  id: idSchema,
  name: takeNameSchema,
  scriptId: z.string().regex(SCRIPT_ID_PATTERN),
  interviewId: idSchema.optional(),
  mode: z.enum(['run', 'line']),
  nodeId: nodeIdSchema.optional(),
  markers: z.array(nodeMarkerSchema).max(MARKERS_MAX),
  createdAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().finite().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
  mimeType: mimeTypeSchema,
  starred: z.boolean(),
  analysis: takeAnalysisSchema,
  file: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/),
  deletedAt: z.iso.datetime({ offset: true }).optional(),
})

/** Take metadata, in its own store file: it changes after every recording. */
export const takesFile: CollectionSpec<TakeMap> = {
  name: 'takes',
  version: 1,
  migrations: [stampVersionOne],
  parse(data) {
    const list = z.array(z.unknown()).default([]).parse(data.takes)
    const value = new Map<string, TakeRecord>()
    let dropped = 0
    for (const item of list) {
      const parsed = recordSchema.safeParse(item)
      if (parsed.success) value.set(parsed.data.id, parsed.data)
      else dropped++
    }
    return { value, dropped }
  },
  serialize: (value) => ({ schemaVersion: 1, takes: [...value.values()] }),
}

/** The metadata the API shows: no file name (paths stay in the host), no trash flag. */
export function takeView({ file: _file, deletedAt: _deletedAt, ...take }: TakeRecord): Take {
  return take
}
