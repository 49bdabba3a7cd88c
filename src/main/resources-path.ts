import { app } from 'electron'
import path from 'node:path'

/**
 * Files under `resources/` that ship inside the app (the tray icons): the project folder when run
 * from source, `app.asar` when packaged (Electron reads files inside the archive).
 */
export function resourcePath(...parts: string[]): string {
  return path.join(app.getAppPath(), 'resources', ...parts)
}
