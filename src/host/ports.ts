/** One JSON store file. `read` throws on a file that is not valid JSON. */
export interface StoreFile {
  read(): Record<string, unknown>
  write(data: Record<string, unknown>): void
}

/**
 * Where named store files live: electron-store in the app, `conf` in the web host and tests.
 * Only small documents (settings, reminder state) go through it; keyed collections are
 * journals in the same folder (storage/journal.ts).
 */
export interface StorePort {
  /** The data folder: documents, journals and backups all live here. */
  dir: string
  /** Throws (a SyntaxError) when the file exists but cannot be parsed. */
  open(name: string): StoreFile
  /** The file behind a name, so a damaged one can be moved aside. */
  filePath(name: string): string
}

export interface Clock {
  now(): Date
}

export interface ReminderNotification {
  title: string
  body: string
  /** The interview to open on click; without one, the click opens Today. */
  interviewId?: string
  /** The step it is about, so the interview page can point at it. */
  actionKey?: string
}

/**
 * OS notifications in Electron; a page's Web Notification (or banner) in the web host. A reminder
 * counts as delivered only once this resolves true; false means "not now", and the scheduler tries
 * again on its next check (a page connecting, a wake from sleep, the next minute).
 */
export interface Notifier {
  notify(n: ReminderNotification): Promise<boolean>
}

export const systemClock: Clock = { now: () => new Date() }

/** What a scan of the recordings folder found, for reconciling it with the stored metadata. */
export interface TakeFolderScan {
  /** The folder itself is not there (a drive not connected, a moved folder). */
  folderMissing: boolean
  /** Finished files, by name. */
  files: string[]
  /** Leftovers of writes that never finished (a crash, a full disk). */
  temps: string[]
  /** Files kept aside earlier because no take listed them. */
  aside: string[]
}

/**
 * Where take audio lives: one file per take, by file name (never a path from the caller).
 * Files under `<dataDir>/recordings` in both hosts; tests may swap in a failing one.
 */
export interface TakeStore {
  /** Writes atomically (temp file, fsync, rename): a crash leaves the old state or the new one. */
  write(file: string, bytes: Uint8Array): Promise<void>
  read(file: string): Promise<Uint8Array>
  /** Removing a file that is already gone is not an error. */
  remove(file: string): Promise<void>
  /** The file's size in bytes, or null when it does not exist. */
  size(file: string): Promise<number | null>
  /** Absolute path, for "show in folder" and the usage report. */
  path(file: string): string
  /** The folder itself. */
  folder(): string
  scan(): Promise<TakeFolderScan>
  removeTemp(name: string): Promise<void>
  /**
   * Adds bytes to a take still being recorded, flushed to disk, so Stop has little left to write.
   * Returns the upload's size so far. Unfinished uploads are temp files: removed at the next start.
   */
  append(upload: string, bytes: Uint8Array): Promise<number>
  /**
   * Makes an upload the take's file (fsync, rename). `patchHead` may rewrite the first bytes
   * in place (the same length), e.g. to write a WebM duration; it returns null to leave them.
   */
  finishUpload(
    upload: string,
    file: string,
    patchHead: (head: Uint8Array) => Uint8Array | null,
  ): Promise<number>
  /** Moves a file the metadata does not know into a side folder; returns where it went. */
  keepAside(file: string): Promise<string>
  /** Moves a file kept aside back in, once a take lists it again (say, after a restore). */
  bringBack(file: string): Promise<void>
}

/**
 * What only a desktop shell can do; absent in the web host, where the page downloads files
 * itself and the browser engine asks for the microphone.
 */
export interface DesktopShell {
  /** Shows the file selected in the system file manager. */
  reveal(path: string): void
  /** Asks where to save a copy and writes it there; null when the user cancels. */
  saveCopy(path: string, suggestedName: string): Promise<string | null>
  /** macOS asks once per app; true when access is (or already was) granted. */
  requestMicrophoneAccess(): Promise<boolean>
  /** Asks where to save a new file (export); null when the user cancels. */
  chooseSavePath(options: FileDialogOptions): Promise<string | null>
  /** Asks which file to open (import); null when the user cancels. */
  chooseOpenPath(options: FileDialogOptions): Promise<string | null>
  /** Opens a mailto: link the host built in the user's mail app; refuses any other link. */
  openMail(mailto: string): Promise<void>
}

export interface FileDialogOptions {
  title: string
  /** Save dialogs: the name offered, placed in the user's documents folder. */
  suggestedName?: string
  /** e.g. { name: 'Follow-Through export', extensions: ['zip'] } */
  filters: { name: string; extensions: string[] }[]
}
