/** One JSON store file. `read` throws on a file that is not valid JSON. */
export interface StoreFile {
  read(): Record<string, unknown>
  write(data: Record<string, unknown>): void
}

/** Where named store files live: electron-store in the app, `conf` in the web host and tests. */
export interface StorePort {
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
}

/** OS notifications in Electron; an SSE event in the web host. */
export interface Notifier {
  notify(n: ReminderNotification): void
}

export const systemClock: Clock = { now: () => new Date() }
