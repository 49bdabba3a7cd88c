import { z } from 'zod'
import { idSchema, scriptIdSchema } from '../contract/ids'
import {
  baseMimeType,
  MARKERS_MAX,
  mimeTypeSchema,
  nodeIdSchema,
  nodeMarkerSchema,
  takeAnalysisSchema,
  takeMimeTypes,
  takeNameSchema,
  takePeaksSchema,
} from '../contract/take-schemas'
import type { Take } from '../contract/takes-api'
import { stampVersionOne } from '../core/store/migrations'
import { listById, wholeRecord, type RecordSpec } from './storage/record-spec'

/** A take as stored: its metadata, the file that holds the audio, and whether it is in the trash. */
export interface TakeRecord extends Take {
  file: string
  /** Set while the take is in the trash (undo is still possible); purged at the next start. */
  deletedAt?: string
}

const recordSchema = z.strictObject({
  id: idSchema,
  name: takeNameSchema,
  scriptId: scriptIdSchema,
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
  peaks: takePeaksSchema.optional(),
  file: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/),
  deletedAt: z.iso.datetime({ offset: true }).optional(),
})

/**
 * Types saved before they were checked strictly (e.g. with a CR or LF in them) broke every
 * playback; reading them back keeps the take and its container, which is all playback needs.
 */
function repairType(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw
  const t = (raw as { mimeType?: unknown }).mimeType
  if (typeof t !== 'string' || mimeTypeSchema.safeParse(t).success) return raw
  const base = baseMimeType(t.replace(/[^\x20-\x7e]/g, ''))
  return base in takeMimeTypes ? { ...raw, mimeType: base } : raw
}

/** Take metadata, one record per take: it changes after every recording. */
export const takesFile: RecordSpec<TakeRecord> = {
  name: 'takes',
  label: 'recordings list',
  version: 1,
  parse: wholeRecord((raw) => recordSchema.safeParse(repairType(raw))),
  legacy: {
    version: 1,
    migrations: [stampVersionOne],
    records: (data) => listById(data.takes),
  },
}

/**
 * The metadata the API shows: no file name (paths stay in the host), no trash flag, and
 * whether the audio file is missing right now (a disconnected drive, a moved folder).
 */
export function takeView(
  { file: _file, deletedAt: _deletedAt, ...take }: TakeRecord,
  fileMissing = false,
): Take {
  return fileMissing ? { ...take, fileMissing } : take
}
