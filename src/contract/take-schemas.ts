import { z } from 'zod'
import { SCRIPT_ID_PATTERN } from '../core/script/schema'
import { isArrayBuffer } from './binary-wire'
import { baseMimeType, type takeMimeTypes } from './take-mime'

export { baseMimeType, takeMimeTypes } from './take-mime'

/** A take longer than this is almost certainly a recorder left running, not a rehearsal. */
export const TAKE_MAX_MS = 4 * 60 * 60 * 1000
/** Far above a long rehearsal in Opus (~1 MB a minute), low enough that a runaway can't fill a disk. */
export const TAKE_MAX_BYTES = 200 * 1024 * 1024
export const TAKE_NAME_MAX = 100
/** A run that revisits steps is still far below this; a bound keeps a bad client from bloating the store. */
export const MARKERS_MAX = 2000

export const nodeIdSchema = z
  .string()
  .regex(SCRIPT_ID_PATTERN, { message: 'That is not a step id of a script.' })

const ms = (label: string) =>
  z
    .number({ message: `${label} must be a number of milliseconds.` })
    .finite()
    .min(0, { message: `${label} can’t be negative.` })
    .max(TAKE_MAX_MS, { message: `${label} is longer than a take can be (4 hours).` })

const dbfs = z.number().finite().min(-200).max(10)
/** Far beyond any speaker, so only a broken measurement is refused. */
const wordsPerMinute = z.number().finite().min(0).max(1000).nullable()

export const nodeMarkerSchema = z.strictObject({ nodeId: nodeIdSchema, atMs: ms('A marker time') })

/** What analyzeTake (src/core/audio) reports; checked for shape and bounds, not recomputed. */
export const takeAnalysisSchema = z.strictObject({
  durationMs: ms('The analysed length'),
  speakingMs: ms('Speaking time'),
  silenceMs: ms('Silence'),
  pauses: z
    .array(z.strictObject({ startMs: ms('A pause start'), endMs: ms('A pause end') }))
    .max(10_000),
  longestPauseMs: ms('The longest pause'),
  averageLoudnessDbfs: dbfs,
  peakDbfs: dbfs,
  clippedRatio: z.number().min(0).max(1),
  tooQuiet: z.boolean(),
  clipping: z.boolean(),
  perNode: z
    .array(
      z.strictObject({
        nodeId: nodeIdSchema,
        startMs: ms('A step start'),
        endMs: ms('A step end'),
        speakingMs: ms('A step’s speaking time'),
        wordsPerMinute: wordsPerMinute.optional(),
      }),
    )
    .max(MARKERS_MAX),
  // Optional: takes saved before pace was measured have none.
  pace: z
    .strictObject({
      wordsPerMinute,
      syllablesPerSecond: z.number().finite().min(0).max(30).nullable(),
    })
    .optional(),
})

export const takeNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'A take needs a name.' })
  .max(TAKE_NAME_MAX, { message: `A take name is too long (at most ${TAKE_NAME_MAX} characters).` })

const codec = '[A-Za-z0-9.+-]{1,30}'
const codecs = `${codec}(?:, ?${codec}){0,3}`
/**
 * Exactly the shapes MediaRecorder reports ("audio/webm;codecs=opus"): nothing else reaches a
 * stored record or a response header, so CR, LF, NUL and non-Latin-1 text are refused.
 */
const MIME_PATTERN = new RegExp(`^audio/(webm|ogg|mp4)(; ?codecs=(${codecs}|"${codecs}"))?$`, 'i')

export const mimeTypeSchema = z
  .string()
  .max(100)
  .refine((t) => MIME_PATTERN.test(t), {
    message: 'Recordings must be WebM, Ogg or MP4 audio.',
  })

/** How each container's bytes begin: WebM's EBML magic, Ogg's page mark, MP4's `ftyp` box. */
const signatures: Record<keyof typeof takeMimeTypes, { at: number; bytes: number[] }> = {
  'audio/webm': { at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  'audio/ogg': { at: 0, bytes: [0x4f, 0x67, 0x67, 0x53] },
  'audio/mp4': { at: 4, bytes: [0x66, 0x74, 0x79, 0x70] },
}

/** Whether the bytes start like the container their type names (any bytes were accepted before). */
export function audioMatchesType(audio: ArrayBuffer, mimeType: string): boolean {
  const sig = signatures[baseMimeType(mimeType) as keyof typeof signatures]
  if (!sig) return false
  const head = new Uint8Array(audio, 0, Math.min(audio.byteLength, sig.at + sig.bytes.length))
  return sig.bytes.every((b, i) => head[sig.at + i] === b)
}

/** The recording's bytes, as ArrayBuffer over IPC and from the HTTP body in the web host. */
export const audioBytesSchema = z
  .custom<ArrayBuffer>(isArrayBuffer, { message: 'The recording’s audio is missing.' })
  .refine((b) => b.byteLength > 0, { message: 'The recording is empty: nothing was captured.' })
  .refine((b) => b.byteLength <= TAKE_MAX_BYTES, {
    message: `The recording is larger than ${TAKE_MAX_BYTES / 1024 / 1024} MB and can’t be saved.`,
  })
