import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { AppClient, Envelope } from '../contract/api'
import type { AppEvent } from '../contract/events'
import { EVENT_CHANNEL, READY_CHANNEL } from '../contract/events'
import { channelFor, methodNames } from '../contract/methods'

// The page gets the contract's methods and nothing else: no ipcRenderer, no event objects.
// A failure is rejected as a plain object: contextBridge copies an Error's message only, and
// the page needs the code and field issues (the renderer's client turns it back into AppError).
const api = Object.fromEntries(
  methodNames.map((method) => [
    method,
    async (input?: unknown) => {
      const result = (await ipcRenderer.invoke(channelFor(method), input)) as Envelope<unknown>
      if (result.ok) return result.value
      throw { name: 'AppError', ...result.error }
    },
  ]),
) as Omit<AppClient, 'onEvent'>

const client: AppClient = {
  ...api,
  onEvent(listener) {
    const handler = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload)
    ipcRenderer.on(EVENT_CHANNEL, handler)
    // Main holds routes (a notification click) until the page listens; now it does.
    ipcRenderer.send(READY_CHANNEL)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler)
    }
  },
}

contextBridge.exposeInMainWorld('api', client)
