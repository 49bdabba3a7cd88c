import { app, BrowserWindow } from 'electron'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHost, type Host } from '../host/create-host'
import { clockFromEnv } from '../host/clock-from-env'
import { nodeTakeStore } from '../host/node-take-store'
import { dataDir, electronNotifier, electronShell, electronStore } from './adapters'
import { bindIpc } from './ipc'
import { registerAppScheme, serveRenderer } from './protocol'
import { installPermissionHandlers, lockDownContents } from './security'
import { createMainWindow } from './window'

const here = path.dirname(fileURLToPath(import.meta.url))
let win: BrowserWindow | null = null

function focusWindow(): BrowserWindow {
  if (!win || win.isDestroyed()) win = createMainWindow()
  if (win.isMinimized()) win.restore()
  win.focus()
  return win
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerAppScheme()
  lockDownContents()
  app.on('second-instance', () => focusWindow())

  void app.whenReady().then(() => {
    serveRenderer(path.join(here, '../renderer'))
    installPermissionHandlers()
    const host: Host = createHost({
      store: electronStore(dataDir()),
      clock: clockFromEnv(),
      notifier: electronNotifier((interviewId) => {
        focusWindow()
        host.events.emit(
          interviewId ? { type: 'open-interview', interviewId } : { type: 'open-today' },
        )
      }),
      takes: nodeTakeStore(path.join(dataDir(), 'recordings')),
      shell: electronShell(() => win),
    })
    host.reminders.start()
    host.data.start()
    const unbind = bindIpc(host, () => win)
    win = createMainWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) win = createMainWindow()
    })
    app.on('will-quit', () => {
      unbind()
      host.dispose()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
