import { webmHeadWithDuration } from '../../core/audio/webm-duration'
import { getClient } from '../api/client'
import { isWebm } from './recording-type'

/**
 * Streams a take to the host while it records, a second at a time, so Stop only has the last
 * second to send. The recording also stays in memory: if any part fails to arrive, the take is
 * saved whole instead, as before.
 */
export class TakeUpload {
  readonly id = crypto.randomUUID()
  #queue: Promise<void> = Promise.resolve()
  #ok = true
  #first = true

  constructor(private readonly mimeType: string) {}

  append(chunk: Blob): void {
    const first = this.#first
    this.#first = false
    this.#queue = this.#queue.then(async () => {
      if (!this.#ok) return
      try {
        let audio = await chunk.arrayBuffer()
        if (first && isWebm(this.mimeType)) audio = withDurationSlot(audio)
        await getClient().appendTakeAudio({ uploadId: this.id, audio })
      } catch (err) {
        console.warn('[recording] streaming the take failed; it will be saved whole:', err)
        this.#ok = false
      }
    })
  }

  /** Whether every part so far reached the host (waits for the ones on their way). */
  async complete(): Promise<boolean> {
    await this.#queue
    return this.#ok
  }
}

/**
 * The first part with an empty duration in its head: the host fills it in at Stop, in place,
 * without rewriting the file. Throws when the head isn't one this understands.
 */
function withDurationSlot(audio: ArrayBuffer): ArrayBuffer {
  const bytes = new Uint8Array(audio)
  const patched = webmHeadWithDuration(bytes, 0)
  if (!patched) throw new Error('The recording’s WebM head was not understood.')
  const out = new Uint8Array(patched.bytes.length + bytes.length - patched.replaced)
  out.set(patched.bytes)
  out.set(bytes.subarray(patched.replaced), patched.bytes.length)
  return out.buffer
}
