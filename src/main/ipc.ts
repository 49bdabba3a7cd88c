import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import type { Envelope } from '../contract/api'
import { AppError, toWireError } from '../contract/errors'
import { EVENT_CHANNEL } from '../contract/events'
import { channelFor, methodNames } from '../contract/methods'
import type { Host } from '../host/create-host'
import { isOwnUrl } from './app-url'

/** A frame we did not load (or one already gone) gets no answer at all. */
function checkSender(event: IpcMainInvokeEvent): void {
  const frame = event.senderFrame
  if (!frame || !isOwnUrl(frame.url)) {
    throw new AppError('invalid-input', 'This request did not come from the app window.')
  }
}

/**
 * The contract speaks ArrayBuffer for audio; should a typed array arrive instead (a view over a
 * larger buffer), copy out exactly its bytes rather than fail validation.
 */
function normalizeAudio(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input
  const audio = (input as { audio?: unknown }).audio
  if (!ArrayBuffer.isView(audio)) return input
  const bytes = audio.buffer.slice(audio.byteOffset, audio.byteOffset + audio.byteLength)
  return { ...input, audio: bytes }
}

/** Binds every AppApi method to `app:<method>` and forwards host events to the window. */
export function bindIpc(host: Host, window: () => BrowserWindow | null): () => void {
  for (const method of methodNames) {
    ipcMain.handle(
      channelFor(method),
      async (event, input: unknown): Promise<Envelope<unknown>> => {
        try {
          checkSender(event)
          return { ok: true, value: await host.call(method, normalizeAudio(input)) }
        } catch (err) {
          if (!(err instanceof AppError) && !(err instanceof RangeError)) {
            console.error(`[ipc] ${method} failed:`, err)
          }
          return { ok: false, error: toWireError(err) }
        }
      },
    )
  }
  const unsubscribe = host.events.subscribe((event) => {
    window()?.webContents.send(EVENT_CHANNEL, event)
  })
  return () => {
    unsubscribe()
    for (const method of methodNames) ipcMain.removeHandler(channelFor(method))
  }
}
