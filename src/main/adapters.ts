import { app, dialog, shell, systemPreferences, type BrowserWindow } from 'electron'
import Store from 'electron-store'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { DesktopShell, StorePort } from '../host/ports'

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

/** Reveal, save-a-copy and the macOS microphone prompt for the takes API. */
export function electronShell(window: () => BrowserWindow | null): DesktopShell {
  return {
    reveal: (file) => shell.showItemInFolder(file),
    async saveCopy(file, suggestedName) {
      const options = {
        title: 'Save a copy of this take',
        defaultPath: path.join(app.getPath('documents'), suggestedName),
      }
      const win = window()
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return null
      await fs.copyFile(file, result.filePath)
      return result.filePath
    },
    async requestMicrophoneAccess() {
      // Only macOS has an app-level microphone prompt; elsewhere Chromium's own check applies,
      // and our permission handler (security.ts) grants audio to our window alone.
      if (process.platform !== 'darwin') return true
      if (systemPreferences.getMediaAccessStatus('microphone') === 'granted') return true
      return systemPreferences.askForMediaAccess('microphone')
    },
  }
}
