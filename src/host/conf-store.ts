import Conf from 'conf'
import path from 'node:path'
import type { StorePort } from './ports'

/**
 * The web host's and the tests' Store, on `conf`: the library electron-store is built on, so
 * both hosts read and write the very same files.
 */
export function confStore(dir: string): StorePort {
  return {
    dir,
    filePath: (name) => path.join(dir, `${name}.json`),
    open(name) {
      const conf = new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: name,
        clearInvalidConfig: false,
        serialize: (value) => JSON.stringify(value),
      })
      return {
        read: () => conf.store,
        write: (data) => {
          conf.store = data
        },
      }
    },
  }
}
