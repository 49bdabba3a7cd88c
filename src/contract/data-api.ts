import { z } from 'zod'
import { isArrayBuffer } from './binary-wire'

/** Exports are read whole into memory; this is far above years of interviews and takes. */
export const ARCHIVE_MAX_BYTES = 1024 * 1024 * 1024

export type BackupReason = 'daily' | 'before-restore' | 'before-import'

/** One backup of everything but the recordings (those stay in their folder). */
export interface BackupInfo {
  id: string
  createdAt: string
  reason: BackupReason
  sizeBytes: number
  interviews: number
  takes: number
}

export interface DataOverview {
  /** The data folder, so the user can find (and copy) it. */
  folder: string
  backupsFolder: string
  /** Electron: the host shows save and open dialogs itself; the web page picks files instead. */
  dialogs: boolean
  /** Newest first. */
  backups: BackupInfo[]
}

export type SavedFile =
  /** Electron: written where the user chose. */
  { outcome: 'saved'; path: string } | { outcome: 'cancelled' }

export type DataExportResult =
  | SavedFile
  /** Web host: the page downloads the archive itself. */
  | { outcome: 'download'; fileName: string; archive: ArrayBuffer }

export type CsvExportResult = SavedFile | { outcome: 'download'; fileName: string; text: string }

export type RestoreResult =
  | {
      outcome: 'restored'
      interviews: number
      takes: number
      /** Takes whose audio was neither in the file nor in the recordings folder. */
      takesWithoutAudio: number
      /** The backup of what was there before, to undo with. */
      backupId: string
    }
  | { outcome: 'cancelled' }

/** What a caller passes: the schema's input, so the type and the check cannot drift apart. */
type In<M extends keyof typeof dataInputs> = z.input<(typeof dataInputs)[M]>

export interface DataApi {
  /** Where the data lives, whether the host has file dialogs, and the backups to restore. */
  getDataOverview(): Promise<DataOverview>
  /** Everything (collections as JSON plus recordings) as one zip: saved via a dialog, or downloaded. */
  exportData(): Promise<DataExportResult>
  /** Interviews, or every logged follow-up, as CSV for a spreadsheet. */
  exportCsv(input: In<'exportCsv'>): Promise<CsvExportResult>
  /**
   * Replaces everything with an export, after backing up the current state. Electron asks for
   * the file in a dialog (no archive given); the web page sends the file's bytes. A damaged or
   * foreign file changes nothing and says why.
   */
  importData(input: In<'importData'>): Promise<RestoreResult>
  /** Makes a backup now (one is also made every day; the last 7 days are kept). */
  backUpNow(): Promise<BackupInfo>
  /** Puts a backup back, after backing up the current state; recordings are left in place. */
  restoreBackup(input: In<'restoreBackup'>): Promise<RestoreResult>
}

const archive = z
  .custom<ArrayBuffer>(isArrayBuffer, { message: 'The file’s bytes are missing.' })
  .refine((b) => b.byteLength > 0, { message: 'That file is empty.' })
  .refine((b) => b.byteLength <= ARCHIVE_MAX_BYTES, {
    message: 'That file is larger than any Follow-Through export (1 GB).',
  })

export const backupIdSchema = z
  .string()
  .regex(/^follow-through-[0-9TZ-]{15,30}-(daily|before-restore|before-import)$/, {
    message: 'That is not one of the backups.',
  })

export const dataInputs = {
  getDataOverview: z.undefined(),
  exportData: z.undefined(),
  exportCsv: z.strictObject({ table: z.enum(['interviews', 'attempts']) }),
  importData: z.strictObject({ archive: archive.optional() }),
  backUpNow: z.undefined(),
  restoreBackup: z.strictObject({ id: backupIdSchema }),
} satisfies { [K in keyof DataApi]: z.ZodType }
