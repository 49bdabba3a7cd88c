// Without zod, so the renderer can name a recording's file without loading the validation library.

// Containers MediaRecorder produces on the platforms Electron runs on; anything else is refused
// so a file's extension and the type it is played back as always agree.
export const takeMimeTypes = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
} as const

/** "audio/webm;codecs=opus" → "audio/webm". */
export function baseMimeType(mimeType: string): string {
  return mimeType.split(';')[0]!.trim().toLowerCase()
}
