import { randomBytes } from 'node:crypto'
import type { Dirent } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { UPLOAD_ID_PATTERN } from '../contract/take-schemas'
import type { TakeFolderScan, TakeStore } from './ports'

const TEMP_MARK = '.partial-'
// What finishUpload reads to patch: a WebM head (the recorder's Info) is a few hundred bytes.
const HEAD_BYTES = 64 * 1024
const ASIDE_DIR = 'not-listed'
// Names come from the host (uuid + extension), never from the page; this keeps it that way.
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/

function checkName(file: string): string {
  if (!SAFE_NAME.test(file) || file.includes(TEMP_MARK)) {
    throw new Error(`Not a take file name: ${file}`)
  }
  return file
}

/** fsync on the folder makes the rename itself durable; Windows can't open folders, so skip there. */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Take audio as files in one folder, used by the web host, Electron and the tests alike. */
export function nodeTakeStore(dir: string): TakeStore {
  const full = (file: string) => path.join(dir, checkName(file))
  // Named as a temp file, so an upload a crash cut short is cleared at the next start.
  const uploadPath = (upload: string) => {
    if (!UPLOAD_ID_PATTERN.test(upload)) throw new Error(`Not an upload id: ${upload}`)
    return path.join(dir, `.upload-${upload}${TEMP_MARK}live`)
  }
  // Made on the first save, not at start: a missing folder (a drive not connected) must show
  // as missing rather than be quietly replaced by an empty one.
  const ready = () => fs.mkdir(dir, { recursive: true })

  return {
    folder: () => dir,
    path: full,

    async write(file, bytes) {
      const target = full(file)
      await ready()
      const temp = path.join(dir, `.${file}${TEMP_MARK}${randomBytes(4).toString('hex')}`)
      const handle = await fs.open(temp, 'wx')
      try {
        await handle.writeFile(bytes)
        await handle.sync()
        await handle.close()
        await fs.rename(temp, target)
      } catch (err) {
        await handle.close().catch(() => undefined)
        await fs.rm(temp, { force: true })
        throw err
      }
      await syncFolder(dir)
    },

    async append(upload, bytes) {
      await ready()
      const handle = await fs.open(uploadPath(upload), 'a')
      try {
        await handle.write(bytes)
        // Flushed as it comes, off the Stop path, so finishing has only the last second to flush.
        await handle.datasync()
        return (await handle.stat()).size
      } finally {
        await handle.close()
      }
    },

    async finishUpload(upload, file, patchHead) {
      const target = full(file)
      const temp = uploadPath(upload)
      const handle = await fs.open(temp, 'r+')
      let size: number
      try {
        size = (await handle.stat()).size
        const head = new Uint8Array(Math.min(size, HEAD_BYTES))
        await handle.read(head, 0, head.length, 0)
        const patched = patchHead(head)
        // Only a same-length patch can be written in place; anything else leaves the head as is.
        if (patched?.length === head.length) await handle.write(patched, 0, head.length, 0)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await fs.rename(temp, target)
      await syncFolder(dir)
      return size
    },

    async read(file) {
      return new Uint8Array(await fs.readFile(full(file)))
    },

    async remove(file) {
      await fs.rm(full(file), { force: true })
    },

    async size(file) {
      try {
        return (await fs.stat(full(file))).size
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw err
      }
    },

    async scan(): Promise<TakeFolderScan> {
      let entries: Dirent[]
      try {
        entries = await fs.readdir(dir, { withFileTypes: true })
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
        return { folderMissing: true, files: [], temps: [], aside: [] }
      }
      const files: string[] = []
      const temps: string[] = []
      for (const e of entries) {
        if (!e.isFile()) continue
        if (e.name.includes(TEMP_MARK)) temps.push(e.name)
        else if (SAFE_NAME.test(e.name)) files.push(e.name)
      }
      const aside = await fs
        .readdir(path.join(dir, ASIDE_DIR))
        .then((names) => names.filter((n) => SAFE_NAME.test(n)))
        .catch(() => [])
      return { folderMissing: false, files, temps, aside }
    },

    async removeTemp(name) {
      if (!name.includes(TEMP_MARK) || name.includes('/') || name.includes('\\')) {
        throw new Error(`Not a temporary take file: ${name}`)
      }
      await fs.rm(path.join(dir, name), { force: true })
    },

    async keepAside(file) {
      const asideDir = path.join(dir, ASIDE_DIR)
      await fs.mkdir(asideDir, { recursive: true })
      const target = path.join(asideDir, checkName(file))
      await fs.rename(full(file), target)
      return target
    },

    async bringBack(file) {
      await fs.rename(path.join(dir, ASIDE_DIR, checkName(file)), full(file))
    },
  }
}
