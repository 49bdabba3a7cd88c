import { app, Notification } from 'electron'
import Store from 'electron-store'
import path from 'node:path'
import type { Notifier, StorePort } from '../host/ports'

/** The app's data folder; FOLLOWUP_DATA_DIR overrides it so each test gets its own. */
export function dataDir(): string {
  return process.env.FOLLOWUP_DATA_DIR
    ? path.resolve(process.env.FOLLOWUP_DATA_DIR)
    : app.getPath('userData')
}

export function electronStore(dir: string): StorePort {
  return {
    filePath: (name) => path.join(dir, `${name}.json`),
    open(name) {
      const store = new Store<Record<string, unknown>>({
        name,
        cwd: dir,
        clearInvalidConfig: false,
        serialize: (value) => JSON.stringify(value),
      })
      return {
        read: () => store.store,
        write: (data) => {
          store.store = data
        },
      }
    },
  }
}

/** OS notifications; a click brings the window forward on that interview, or on Today. */
export function electronNotifier(open: (interviewId?: string) => void): Notifier {
  return {
    notify({ title, body, interviewId }) {
      if (!Notification.isSupported()) return
      const n = new Notification({ title, body })
      n.on('click', () => open(interviewId))
      n.show()
    },
  }
}
