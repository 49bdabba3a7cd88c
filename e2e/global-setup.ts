import { electronBinary } from './hosts'

/** Says plainly, once, why the electron project does not run on a machine without Electron. */
export default function globalSetup(): void {
  const binary = electronBinary()
  if ('missing' in binary) {
    console.log(`[electron] project skipped: ${binary.missing}`)
  }
}
