import { app, dialog, shell, systemPreferences, type BrowserWindow } from 'electron'
import Store from 'electron-store'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { DesktopShell, StorePort } from '../host/ports'
import { openMailLink } from './open-mail'

/** Settings and reminder state; the host guards every write (see src/host/collection.ts). */
export function electronStore(dir: string): StorePort {
  return {
    dir,
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

/** Reveal, save-a-copy, export/import dialogs, the mail app and the macOS microphone prompt. */
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
    async chooseSavePath({ title, suggestedName, filters }) {
      const options = {
        title,
        defaultPath: path.join(app.getPath('documents'), suggestedName ?? ''),
        filters,
      }
      const win = window()
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] }
      const win = window()
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async requestMicrophoneAccess() {
      // Only macOS has an app-level microphone prompt; elsewhere Chromium's own check applies,
      // and our permission handler (security.ts) grants audio to our window alone.
      if (process.platform !== 'darwin') return true
      if (systemPreferences.getMediaAccessStatus('microphone') === 'granted') return true
      return systemPreferences.askForMediaAccess('microphone')
    },
    openMail: (mailto) => openMailLink(mailto, (url) => shell.openExternal(url)),
  }
}
