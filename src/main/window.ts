import { BrowserWindow, nativeTheme } from 'electron'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { rendererUrl } from './app-url'
import { resourcePath } from './resources-path'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The locked-down app window (see SECURITY.md); shown once its first paint is ready. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1180,
    height: 800,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'Follow-Through',
    // Linux takes the window icon from here; macOS and Windows from the packaged app.
    ...(process.platform === 'linux' ? { icon: resourcePath('app-icons', 'icon.png') } : {}),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#17191c' : '#f7f6f3',
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(rendererUrl())
  return win
}
