import { app, dialog, type BrowserWindow } from 'electron'
import fs from 'node:fs/promises'
import path from 'node:path'
import { AppError } from '../contract/errors'

/** The desktop shell's "save as" for text files (the calendar export). */
export function saveTextFile(window: () => BrowserWindow | null) {
  return async (
    suggestedName: string,
    content: string,
    filter: { name: string; extensions: string[] },
  ): Promise<string | null> => {
    const options = {
      title: 'Save the calendar',
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: [filter],
    }
    const win = window()
    const result = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return null
    try {
      await fs.writeFile(result.filePath, content, 'utf8')
    } catch (err) {
      throw new AppError(
        'internal',
        `The calendar could not be saved there (${(err as NodeJS.ErrnoException).code ?? 'write failed'}). Try another folder.`,
      )
    }
    return result.filePath
  }
}
