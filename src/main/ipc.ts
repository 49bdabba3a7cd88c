import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { Envelope } from '../contract/api'
import { AppError, toWireError } from '../contract/errors'
import { READY_CHANNEL, type AppEvent } from '../contract/events'
import { channelFor, methodNames } from '../contract/methods'
import type { Host } from '../host/create-host'
import { isOwnUrl } from './app-url'

const fromOwnPage = (event: IpcMainInvokeEvent | IpcMainEvent) =>
  !!event.senderFrame && isOwnUrl(event.senderFrame.url)

/** A frame we did not load (or one already gone) gets no answer at all. */
function checkSender(event: IpcMainInvokeEvent): void {
  if (!fromOwnPage(event)) {
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

/**
 * Binds every AppApi method to `app:<method>`, forwards host events through `send`, and reports
 * when a page of ours has subscribed to them (the preload's handshake on `app:events-ready`).
 */
export function bindIpc(
  host: Host,
  send: (event: AppEvent) => void,
  onRendererReady: (sender: WebContents) => void = () => undefined,
): () => void {
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
  const unsubscribe = host.events.subscribe(send)
  const ready = (event: IpcMainEvent) => {
    if (fromOwnPage(event)) onRendererReady(event.sender)
  }
  ipcMain.on(READY_CHANNEL, ready)
  return () => {
    unsubscribe()
    ipcMain.off(READY_CHANNEL, ready)
    for (const method of methodNames) ipcMain.removeHandler(channelFor(method))
  }
}
