import { z } from 'zod'
import type { NodeMarker, TakeAnalysis } from '../core/audio/analyze'
import { idSchema, scriptIdSchema } from './ids'
import {
  audioBytesSchema,
  audioMatchesType,
  MARKERS_MAX,
  mimeTypeSchema,
  nodeIdSchema,
  nodeMarkerSchema,
  takeAnalysisSchema,
  TAKE_MAX_MS,
  takeNameSchema,
} from './take-schemas'

export type TakeMode = 'run' | 'line'

/** One recording of a rehearsal, as stored: the audio is a file, this is its metadata. */
export interface Take {
  id: string
  /** "Take 3" until the user renames it. */
  name: string
  scriptId: string
  /** The interview the user was practising for, if one was chosen. */
  interviewId?: string
  /** A whole run through the script, or a single line. */
  mode: TakeMode
  /** The line recorded (mode `line`); for a run, the step it started on. */
  nodeId?: string
  /** Which step was on screen from when, in take time (pauses excluded), oldest first. */
  markers: NodeMarker[]
  createdAt: string
  /** Length of the recording as the recorder measured it. */
  durationMs: number
  sizeBytes: number
  /** Exactly what MediaRecorder produced, e.g. "audio/webm;codecs=opus". */
  mimeType: string
  /** The user's best take of this script (runs) or of this line; at most one per group. */
  starred: boolean
  /** Evidence measured in the renderer from the decoded samples when the take was saved. */
  analysis: TakeAnalysis
  /** Its audio file is not on disk right now (a drive not connected); it plays once it is back. */
  fileMissing?: boolean
}

export interface SaveTakeInput {
  scriptId: string
  interviewId?: string
  mode: TakeMode
  nodeId?: string
  markers: NodeMarker[]
  durationMs: number
  mimeType: string
  audio: ArrayBuffer
  analysis: TakeAnalysis
  /** Defaults to "Take N". */
  name?: string
}

/** A take's bytes; over HTTP the body is the audio itself with this type. */
export interface TakeAudio {
  mimeType: string
  audio: ArrayBuffer
}

export interface TakesUsage {
  count: number
  totalBytes: number
  /** Where the files are, so the user can find them (and back them up). */
  folder: string
  /** Per script, largest first. */
  byScript: { scriptId: string; count: number; bytes: number }[]
}

export type BulkDeleteInput =
  { ids: string[] } | { olderThan: string; scriptId?: string; keepStarred?: boolean }

export interface BulkDeleteResult {
  /** What was deleted, for the undo (`restoreTakes`). */
  ids: string[]
  bytes: number
}

export type ExportResult =
  /** Electron: the user picked a place and a copy was written there. */
  | { outcome: 'saved'; path: string }
  | { outcome: 'cancelled' }
  /** Web host: there is no save dialog, so the page downloads the bytes (`getTakeAudio`). */
  | { outcome: 'download'; fileName: string }

const scriptId = scriptIdSchema

export interface TakesApi {
  /** Takes newest first; narrowed to one script, and to one line's single-line takes by `nodeId`. */
  listTakes(input?: { scriptId?: string; nodeId?: string }): Promise<Take[]>
  /**
   * Stores a recording: the file is written atomically (a crash mid-save leaves no take listed),
   * then its metadata. A full disk fails with a readable message and nothing half-saved.
   */
  saveTake(input: SaveTakeInput): Promise<Take>
  /** A take's audio, for playback and for the web host's "export" download. */
  getTakeAudio(input: { id: string }): Promise<TakeAudio>
  /** Gives a take a name the user will recognise. */
  renameTake(input: { id: string; name: string }): Promise<Take>
  /** Marks (or unmarks) the best take; starring one unstars the others of the same script or line. */
  starTake(input: { id: string; starred: boolean }): Promise<Take>
  /** Moves a take to the trash; `restoreTake` undoes it until the app next starts. */
  deleteTake(input: { id: string }): Promise<void>
  /** Brings a deleted take back (the UI's undo). */
  restoreTake(input: { id: string }): Promise<Take>
  /** Deletes the given takes, or every take older than a date (optionally keeping starred ones). */
  deleteTakes(input: BulkDeleteInput): Promise<BulkDeleteResult>
  /** Undoes a bulk delete. */
  restoreTakes(input: { ids: string[] }): Promise<Take[]>
  /** How much space takes use, in total and per script (deleted ones not counted). */
  takesUsage(): Promise<TakesUsage>
  /** Shows the file in the system file manager (Electron); the web host only returns its path. */
  revealTake(input: { id: string }): Promise<{ revealed: boolean; path: string }>
  /** Saves a copy where the user chooses (Electron), or asks the page to download it (web). */
  exportTake(input: { id: string }): Promise<ExportResult>
  /**
   * Asks the OS for microphone access where it has its own prompt (macOS); elsewhere the
   * browser engine asks, so this answers `granted` and getUserMedia reports a refusal.
   */
  requestMicrophoneAccess(): Promise<{ access: 'granted' | 'denied' }>
}

const isoInstant = z.iso.datetime({ offset: true, message: 'That is not a date and time.' })
const ids = z
  .array(idSchema)
  .min(1, { message: 'Pick at least one take.' })
  .max(10_000, { message: 'Too many takes at once.' })

export const takesInputs = {
  listTakes: z
    .strictObject({ scriptId: scriptId.optional(), nodeId: nodeIdSchema.optional() })
    .optional(),
  saveTake: z
    .strictObject({
      scriptId,
      interviewId: idSchema.optional(),
      mode: z.enum(['run', 'line']),
      nodeId: nodeIdSchema.optional(),
      markers: z
        .array(nodeMarkerSchema)
        .max(MARKERS_MAX, { message: `A take can mark at most ${MARKERS_MAX} steps.` }),
      durationMs: z
        .number()
        .finite()
        .positive({ message: 'The recording has no length.' })
        .max(TAKE_MAX_MS, { message: 'The recording is longer than 4 hours.' }),
      mimeType: mimeTypeSchema,
      audio: audioBytesSchema,
      analysis: takeAnalysisSchema,
      name: takeNameSchema.optional(),
    })
    .refine((t) => t.mode === 'run' || t.nodeId !== undefined, {
      message: 'A single-line take needs the line it records.',
      path: ['nodeId'],
    })
    .refine((t) => audioMatchesType(t.audio, t.mimeType), {
      message: 'The recording is not the kind of audio its type says, so it was not saved.',
      path: ['audio'],
    }),
  getTakeAudio: z.strictObject({ id: idSchema }),
  renameTake: z.strictObject({ id: idSchema, name: takeNameSchema }),
  starTake: z.strictObject({ id: idSchema, starred: z.boolean() }),
  deleteTake: z.strictObject({ id: idSchema }),
  restoreTake: z.strictObject({ id: idSchema }),
  deleteTakes: z.union([
    z.strictObject({ ids }),
    z.strictObject({
      olderThan: isoInstant,
      scriptId: scriptId.optional(),
      keepStarred: z.boolean().default(true),
    }),
  ]),
  restoreTakes: z.strictObject({ ids }),
  takesUsage: z.undefined(),
  revealTake: z.strictObject({ id: idSchema }),
  exportTake: z.strictObject({ id: idSchema }),
  requestMicrophoneAccess: z.undefined(),
} satisfies { [K in keyof TakesApi]: z.ZodType }
