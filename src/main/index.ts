import { app } from 'electron'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatIsoDate } from '../core/followup/business-days'
import type { Settings } from '../core/settings/schema'
import { clockFromEnv, reminderCheckMsFromEnv } from '../host/clock-from-env'
import { createHost } from '../host/create-host'
import { firstPageWriter, loadFirstScreenRenderer } from '../host/first-page'
import { nodeTakeStore } from '../host/node-take-store'
import { electronShell, electronStore } from './adapters'
import { APP_ID } from './app-id'
import { devServerUrl } from './app-url'
import { runInBackground } from './background'
import { bindIpc } from './ipc'
import { setStartAtLogin, startedAtLogin } from './login-item'
import { MainWindow } from './main-window'
import { electronNotifier } from './notifier'
import { registerAppScheme, serveRenderer } from './protocol'
import { resourcePath } from './resources-path'
import { installPermissionHandlers, lockDownContents } from './security'
import { AppTray } from './tray'
import { applyDataDirOverride } from './user-data'

const here = path.dirname(fileURLToPath(import.meta.url))
// Before anything else reads it: the single-instance lock lives in the user-data folder.
const dataDir = applyDataDirOverride()
// Windows shows notifications only for an app with an AppUserModelID (the installer's appId).
if (process.platform === 'win32') app.setAppUserModelId(APP_ID)

let settings: Pick<Settings, 'keepInTray' | 'startAtLogin'> = {
  keepInTray: true,
  startAtLogin: false,
}
const mainWindow = new MainWindow({ keepInTray: () => settings.keepInTray })

async function start() {
  const clock = clockFromEnv()
  installPermissionHandlers()
  const host = createHost({
    store: electronStore(dataDir),
    clock,
    notifier: electronNotifier({
      onClick: ({ interviewId, actionKey }) =>
        mainWindow.show(interviewId ? { interviewId, actionKey } : { today: true }),
      fallback: (n) => host.pages.send(n),
      icon: resourcePath('app-icons', 'icon.png'),
    }),
    takes: nodeTakeStore(path.join(dataDir, 'recordings')),
    shell: electronShell(() => mainWindow.window),
  })
  // The window opens on Today already rendered, from a file built beside the renderer (not under
  // `electron-vite dev`, whose page comes from the dev server).
  const firstPage = firstPageWriter(
    devServerUrl()
      ? Promise.resolve(null)
      : loadFirstScreenRenderer(path.join(here, '../first-screen/index.js')),
  )
  serveRenderer(path.join(here, '../renderer'), () => firstPage.forOpening(host))
  host.data.start()
  void firstPage.prepare(host)
  mainWindow.options.onRendererReady = () => host.pages.connect()
  const unbind = bindIpc(
    host,
    (event) => mainWindow.send(event),
    (sender) => mainWindow.rendererReady(sender),
  )

  const tray = new AppTray(
    {
      open: () => mainWindow.show(),
      today: () => mainWindow.show({ today: true }),
      quit: () => app.quit(),
    },
    resourcePath('app-icons', process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'),
  )
  const refreshTray = () =>
    void host.api.getToday().then((t) => tray.update(t.overdue.length + t.dueToday.length))
  let loginItem: boolean | null = null
  const apply = (next: Settings) => {
    settings = next
    // Only on a change (and once at start, to match what the OS has): it writes OS state.
    if (next.startAtLogin !== loginItem) setStartAtLogin((loginItem = next.startAtLogin))
    if (next.keepInTray) tray.show()
    else tray.hide()
    refreshTray()
  }
  apply(await host.api.getSettings())
  host.events.subscribe((event) => {
    if (event.type !== 'changed') return
    if (event.topic === 'settings') void host.api.getSettings().then(apply)
    else refreshTray()
  })
  const stopBackground = runInBackground(
    host,
    () => formatIsoDate(clock.now()),
    refreshTray,
    reminderCheckMsFromEnv(),
  )

  if (!startedAtLogin()) mainWindow.show()
  app.on('activate', () => mainWindow.show())
  let closed = false
  app.on('will-quit', (event) => {
    if (closed) return
    // Quit waits for the host's background work (a compaction, a backup) to finish cleanly.
    event.preventDefault()
    unbind()
    stopBackground()
    tray.hide()
    void host.dispose().finally(() => {
      closed = true
      app.quit()
    })
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerAppScheme()
  lockDownContents()
  app.on('second-instance', () => mainWindow.show())
  app.on('before-quit', () => {
    mainWindow.quitting = true
  })
  // Handling this event at all keeps the app running; it quits only when nothing stays behind.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !settings.keepInTray) app.quit()
  })
  void app.whenReady().then(start)
}
