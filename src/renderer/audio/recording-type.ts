// Opus is the best speech codec every engine records; WebM is Chromium's (and so Electron's)
// container, Ogg is Firefox's, MP4/AAC is what Safari offers.
const preferred = [
  'audio/webm;codecs=opus',
  'audio/ogg;codecs=opus',
  'audio/webm',
  'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4',
]

/** The best type this platform records, or '' to let the recorder pick its default. */
export function pickRecordingType(
  isSupported: (type: string) => boolean = (t) => MediaRecorder.isTypeSupported(t),
): string {
  return preferred.find((t) => isSupported(t)) ?? ''
}

/** Only WebM lacks a duration in what MediaRecorder writes, and only WebM can be patched. */
export const isWebm = (mimeType: string) => mimeType.toLowerCase().startsWith('audio/webm')
