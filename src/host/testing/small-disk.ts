import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { tempDir } from './temp-host'

export interface SmallDisk {
  dir: string
  /** Fills every free byte, then frees `leaveBytes` of it again (rounded to whole pages). */
  fill(leaveBytes?: number): void
  /** Removes what `fill` wrote. */
  free(): void
  /** Makes the whole disk read-only, as a drive mounted read-only would be. */
  readOnly(): void
  readWrite(): void
  unmount(): void
}

/**
 * A real tmpfs of `size` bytes, so "the disk is full" and "the drive is read-only" are the
 * kernel's answers, short writes included. Mounting needs root (CI and the dev machine run as
 * root); elsewhere this returns why the test must be skipped.
 */
export function smallDisk(size: number): SmallDisk | { skip: string } {
  if (process.platform !== 'linux') return { skip: 'needs Linux to mount a small tmpfs' }
  if (process.getuid?.() !== 0) return { skip: 'needs root to mount a small tmpfs' }
  const dir = tempDir()
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' })
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true })
    return { skip: `could not mount a tmpfs: ${(err as Error).message.split('\n')[0]}` }
  }
  const filler = path.join(dir, '.filler')
  const spacer = path.join(dir, '.spacer')
  return {
    dir,
    fill(leaveBytes = 0) {
      if (leaveBytes > 0) fs.writeFileSync(spacer, Buffer.alloc(leaveBytes, 1))
      const fd = fs.openSync(filler, 'a')
      try {
        for (const chunk of [65536, 4096, 1]) {
          const bytes = Buffer.alloc(chunk, 7)
          for (;;) {
            try {
              if (fs.writeSync(fd, bytes) < chunk) break
            } catch {
              break
            }
          }
        }
      } finally {
        fs.closeSync(fd)
      }
      if (leaveBytes > 0) fs.rmSync(spacer)
    },
    free() {
      fs.rmSync(filler, { force: true })
      fs.rmSync(spacer, { force: true })
    },
    readOnly() {
      execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' })
    },
    readWrite() {
      execFileSync('mount', ['-o', 'remount,rw', dir], { stdio: 'pipe' })
    },
    unmount() {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'pipe' })
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
