/**
 * How audio crosses the HTTP boundary. Electron's IPC carries an ArrayBuffer as it is; HTTP
 * sends it as a raw body instead of base64 inside JSON (a third larger and slow to parse).
 * Any input or result object with an `audio: ArrayBuffer` field goes this way.
 *
 * Upload: body = the other fields as UTF-8 JSON, then the audio bytes; the JSON's length is in
 * a header. (The JSON is not in a header itself: a run's markers and analysis can outgrow the
 * 16 kB Node allows for headers.) Download: the body is the audio alone, typed `audio/*`, and
 * the other (small) fields ride in a header, so the same response is also a playable file.
 */
export const BINARY_CONTENT_TYPE = 'application/octet-stream'
export const JSON_LENGTH_HEADER = 'x-follow-through-json-length'
export const META_HEADER = 'x-follow-through-meta'

export function isArrayBuffer(value: unknown): value is ArrayBuffer {
  // A tag check, not instanceof: buffers can come from another realm (IPC, a test runner).
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]'
}

/** Fields that may hold bytes: a take's audio, or an export archive. */
export const BINARY_FIELDS = ['audio', 'archive'] as const
export type BinaryField = (typeof BINARY_FIELDS)[number]
/** Which field the bytes belong to, when it is not `audio`. */
export const BINARY_FIELD_HEADER = 'x-follow-through-binary-field'

/**
 * Splits `{ audio, ...rest }` (or `{ archive, ...rest }`) when that field is an ArrayBuffer;
 * null for every other value.
 */
export function splitAudio(
  value: unknown,
): { audio: ArrayBuffer; rest: Record<string, unknown>; field: BinaryField } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  for (const field of BINARY_FIELDS) {
    const { [field]: bytes, ...rest } = value as Record<string, unknown>
    if (isArrayBuffer(bytes)) return { audio: bytes, rest, field }
  }
  return null
}

export const binaryFieldOf = (name: unknown): BinaryField =>
  (BINARY_FIELDS as readonly unknown[]).includes(name) ? (name as BinaryField) : 'audio'
