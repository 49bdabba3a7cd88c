import { app } from 'electron'
import path from 'node:path'

/**
 * FOLLOWUP_DATA_DIR moves the whole user-data folder, Chromium's included, before anything reads
 * it: the single-instance lock lives there, so test instances with their own folders never see
 * each other. Must run before `ready` (Electron reads some paths only once).
 */
export function applyDataDirOverride(env = process.env): string {
  if (env.FOLLOWUP_DATA_DIR) app.setPath('userData', path.resolve(env.FOLLOWUP_DATA_DIR))
  return app.getPath('userData')
}
