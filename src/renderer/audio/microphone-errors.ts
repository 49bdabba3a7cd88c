/**
 * Plain words for what can go wrong with the microphone, each saying what to do next. The names
 * are the DOMException names getUserMedia and MediaRecorder use.
 */
export function microphoneErrorMessage(err: unknown): string {
  const name = err instanceof Error || err instanceof DOMException ? err.name : ''
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Follow-Through isn’t allowed to use the microphone. Allow it in your system’s privacy settings (or this browser’s site settings), then try again.'
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No microphone was found. Plug one in or pick another one, then try again.'
    case 'NotReadableError':
    case 'AbortError':
      return 'The microphone couldn’t be started. Another app may be using it: close that app, or pick another microphone, then try again.'
    default:
      return 'Recording couldn’t start. Check that a microphone is connected, then try again.'
  }
}

export const DEVICE_LOST_MESSAGE =
  'The microphone was disconnected, so recording stopped. Everything up to that moment is kept.'

export const MIC_DENIED_MESSAGE =
  'Your system hasn’t given Follow-Through access to the microphone. Allow it in System Settings › Privacy & Security › Microphone, then try again.'
