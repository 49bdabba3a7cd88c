import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { AppError } from '../../contract/errors'

/** Marks our temp files (`<file>.tmp-<hex>`), the same shape atomically uses for conf's. */
export const TEMP_MARK = '.tmp-'

export const tempNameFor = (file: string) => `${file}${TEMP_MARK}${randomBytes(6).toString('hex')}`

/** ISO time safe in a file name on every OS. */
export const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-')

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException | undefined)?.code

export const isDiskFull = (err: unknown) => ['ENOSPC', 'EDQUOT'].includes(codeOf(err) ?? '')
export const isNotAllowed = (err: unknown) =>
  ['EACCES', 'EPERM', 'EROFS'].includes(codeOf(err) ?? '')

/** A write that did not fully reach the disk, though the system reported no error. */
export class ShortWriteError extends Error {
  override name = 'ShortWriteError'
  constructor(
    readonly file: string,
    readonly wanted: number,
    readonly got: number,
  ) {
    super(`${file}: wrote ${got} of ${wanted} bytes`)
  }
}

export const DISK_FULL = 'Your disk is full: nothing was changed.'

/**
 * The one message a user sees when saving failed: what happened, that nothing changed, and what
 * to do. `where` names the file or folder involved.
 */
export function storageError(err: unknown, where: string, what = 'your change'): AppError {
  if (err instanceof AppError) return err
  if (isDiskFull(err) || (err instanceof ShortWriteError && diskLooksFull(where))) {
    return new AppError(
      'internal',
      `${DISK_FULL} Free some space on the drive that holds ${where}, then try again.`,
    )
  }
  if (isNotAllowed(err)) {
    return new AppError(
      'internal',
      `Follow-Through can’t write to ${where}: nothing was changed. Check that the folder exists, that your account may change it, and that its drive is connected and not read-only.`,
    )
  }
  if (codeOf(err) === 'ENOENT') {
    return new AppError(
      'internal',
      `The folder ${where} has gone missing: nothing was changed. Reconnect the drive it is on, or restart the app to make a new one.`,
    )
  }
  const code = codeOf(err) ?? (err instanceof ShortWriteError ? 'incomplete write' : undefined)
  return new AppError(
    'internal',
    `Follow-Through could not save ${what}${code ? ` (${code})` : ''}: nothing was changed.`,
  )
}

/** Whether the drive under `where` has less than a few kilobytes left. */
function diskLooksFull(where: string): boolean {
  try {
    const dir = fs.statSync(where).isDirectory() ? where : path.dirname(where)
    const s = fs.statfsSync(dir)
    return s.bavail * s.bsize < 64 * 1024
  } catch {
    return false
  }
}

/**
 * Writes every byte at `position`, looping on short writes: a write(2) near a full disk may
 * write part of the buffer and report success, which is exactly the bug in atomically that cut
 * interviews.json short. A zero-byte write means no room at all.
 */
export function writeAllSync(fd: number, bytes: Uint8Array, position: number, file: string): void {
  let done = 0
  while (done < bytes.length) {
    const n = fs.writeSync(fd, bytes, done, bytes.length - done, position + done)
    if (n <= 0) throw new ShortWriteError(file, bytes.length, done)
    done += n
  }
}

/**
 * File descriptors for background work: plain numbers (not FileHandles) so a journal written
 * in the background can then take appends through the synchronous calls.
 */
export const fdAsync = {
  open: promisify(fs.open),
  write: promisify(fs.write),
  fsync: promisify(fs.fsync),
  fdatasync: promisify(fs.fdatasync),
  close: promisify(fs.close),
}

export async function writeAll(
  fd: number,
  bytes: Uint8Array,
  position: number,
  file: string,
): Promise<void> {
  let done = 0
  while (done < bytes.length) {
    const { bytesWritten } = await fdAsync.write(
      fd,
      bytes,
      done,
      bytes.length - done,
      position + done,
    )
    if (bytesWritten <= 0) throw new ShortWriteError(file, bytes.length, done)
    done += bytesWritten
  }
}

/** fsync on the folder makes a rename or a new file itself durable; Windows can't open folders. */
export function syncFolderSync(dir: string): void {
  if (process.platform === 'win32') return
  const fd = fs.openSync(dir, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

export async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await fs.promises.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Replaces `file` with `bytes` so a crash or a full disk leaves either the old file or the new
 * one: temp file, every byte written, fsync, read back and compared, rename, fsync the folder.
 */
export function replaceFileSync(file: string, bytes: Uint8Array): void {
  const temp = tempNameFor(file)
  let fd: number | null = fs.openSync(temp, 'wx')
  try {
    writeAllSync(fd, bytes, 0, temp)
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fd = null
    const back = fs.readFileSync(temp)
    if (!back.equals(bytes)) throw new ShortWriteError(temp, bytes.length, back.length)
    fs.renameSync(temp, file)
  } catch (err) {
    if (fd !== null) fs.closeSync(fd)
    fs.rmSync(temp, { force: true })
    throw err
  }
  syncFolderSync(path.dirname(file))
}

/** Copies a file and makes the copy durable before anything is done to the original. */
export function durableCopySync(from: string, to: string): void {
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL)
  const fd = fs.openSync(to, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  syncFolderSync(path.dirname(to))
}

/** Removes crash leftovers named `<base><TEMP_MARK>…` in `dir`; returns what it removed. */
export function removeTemps(dir: string, bases: readonly string[]): string[] {
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    if (!bases.some((b) => name.startsWith(`${b}${TEMP_MARK}`))) continue
    try {
      fs.rmSync(path.join(dir, name), { force: true })
      removed.push(name)
    } catch {
      // A leftover we can't remove (read-only folder) harms nothing; it is tried again next start.
    }
  }
  return removed
}

/** Lets queued requests run between slices of long background work. */
export const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Background work yields to requests after this long, so none waits noticeably behind it. */
export const SLICE_MS = 2

/**
 * For a loop of background work: `await pause()` after each small step yields to requests once
 * SLICE_MS has passed since the last yield; `pause(true)` yields now.
 */
export function slicer(): (now?: boolean) => Promise<void> {
  let sliceStart = performance.now()
  let cpuStart = process.cpuUsage()
  return async (now = false) => {
    const ran = performance.now() - sliceStart
    if (now || ran > SLICE_MS) {
      const cpu = process.cpuUsage(cpuStart)
      sliceStats.slices++
      sliceStats.longest = Math.max(sliceStats.longest, ran)
      sliceStats.longestCpu = Math.max(sliceStats.longestCpu, (cpu.user + cpu.system) / 1000)
      await yieldToRequests()
      sliceStart = performance.now()
      cpuStart = process.cpuUsage()
    }
  }
}

/**
 * How long slices of background work ran before yielding, in wall time and in CPU time of the
 * process (which a busy machine does not inflate); the bench reads and resets it.
 */
export const sliceStats = { slices: 0, longest: 0, longestCpu: 0 }

/** Writes a file where the user chose to save it (an export, a calendar), fsync'd before success. */
export async function writeChosenFile(target: string, bytes: Uint8Array, what: string) {
  try {
    const handle = await fs.promises.open(target, 'w')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (err) {
    throw storageError(err, path.dirname(target), what)
  }
}
