import { AppError } from '../../contract/errors'
import type { StorageNotice } from './journal'

/** What writes are refused with, and what the user is told, for a file the app must not touch. */
export interface Problem {
  error: AppError
  notice: StorageNotice
}

/** A file that exists but can't be read (EACCES and the like): nothing is moved or changed. */
export function unreadableFile(file: string, label: string, code: string): Problem {
  return {
    error: new AppError(
      'internal',
      `Follow-Through can’t read ${file} (${code}), so it won’t change your ${label}: nothing was changed. Check that your account may read that file (its owner and permissions), then restart the app.`,
    ),
    notice: {
      level: 'warning',
      title: `Your saved ${label} can’t be read`,
      message: `${file} can’t be opened (${code}). Nothing was moved or changed, and changes to your ${label} are paused. Check that your account may read that file (its owner and permissions), then restart the app.`,
    },
  }
}

/** A file written by a newer app: shown as far as understood, never written or moved. */
export function newerFile(file: string, label: string): Problem {
  return {
    error: new AppError(
      'conflict',
      `Your ${label} were saved by a newer version of Follow-Through, so this version only shows them: nothing was changed. Update the app to make changes.`,
    ),
    notice: {
      level: 'warning',
      title: `Your ${label} come from a newer version of Follow-Through`,
      message: `${file} was saved by a newer version of the app. This version shows what it understands and changes nothing there (nothing was moved either). Update Follow-Through to make changes.`,
    },
  }
}
