import { unzip, zip, type AsyncZippable, type Unzipped } from 'fflate'
import { AppError } from '../../contract/errors'
import type { Settings } from '../../core/settings/schema'
import { migrateRecord } from '../../core/store/migrations'
import { parseSettings } from '../settings-service'
import { yieldToRequests } from '../storage/durable'
import type { JournalCollection } from '../storage/journal'
import type { RecordSpec } from '../storage/record-spec'
import { SLICE_MS } from '../storage/snapshot-file'

export const MANIFEST = 'follow-through.json'
export const FORMAT = 'follow-through-export'
export const FORMAT_VERSION = 1

/** The keyed collections an export holds, by name. */
export type Collections = Record<string, JournalCollection<unknown>>

export interface Manifest {
  format: typeof FORMAT
  version: number
  exportedAt: string
  /** Each collection's record schema when exported, so a later app can migrate them. */
  schemaVersions: Record<string, number>
  settings: Settings
  /** The reminder state (`ReminderState`; older exports hold version 1's `lastSentDay`). */
  reminders: unknown
  /** Each collection as [key, record] pairs, in the app's own order. */
  collections: Record<string, [string, unknown][]>
}

/** An archive read and fully checked, ready to put in place. */
export interface CheckedArchive {
  manifest: Manifest
  records: Record<string, [string, unknown][]>
  settings: Settings
  /** Recording files carried in the archive, by file name. */
  recordings: Map<string, Uint8Array>
}

const plain = (s: string) => new TextEncoder().encode(s)

/**
 * The manifest's JSON, built record by record with pauses: at 10,000 interviews stringifying
 * it in one go would hold every request for ~100 ms.
 */
async function manifestText(
  collections: Collections,
  head: Omit<Manifest, 'collections'>,
): Promise<string> {
  const opening = JSON.stringify(head)
  let text = `${opening.slice(0, -1)},"collections":{`
  let first = true
  let sliceStart = performance.now()
  for (const [name, c] of Object.entries(collections)) {
    text += `${first ? '' : ','}${JSON.stringify(name)}:[`
    first = false
    let firstRecord = true
    for (const entry of [...c]) {
      text += (firstRecord ? '' : ',') + JSON.stringify(entry)
      firstRecord = false
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToRequests()
        sliceStart = performance.now()
      }
    }
    text += ']'
  }
  return text + '}}'
}

const zipAsync = (files: AsyncZippable) =>
  new Promise<Uint8Array>((resolve, reject) =>
    zip(files, { level: 6 }, (err, data) => (err ? reject(err) : resolve(data))),
  )

const unzipAsync = (bytes: Uint8Array) =>
  new Promise<Unzipped>((resolve, reject) =>
    unzip(bytes, (err, data) => (err ? reject(err) : resolve(data))),
  )

/** One zip: the manifest, plus `recordings/<file>` for each take whose audio is given. */
export async function buildArchive(
  collections: Collections,
  head: Omit<Manifest, 'collections'>,
  recordings: Map<string, Uint8Array>,
): Promise<Uint8Array> {
  const files: AsyncZippable = { [MANIFEST]: plain(await manifestText(collections, head)) }
  // Audio is already compressed: stored as it is.
  for (const [name, bytes] of recordings) files[`recordings/${name}`] = [bytes, { level: 0 }]
  return zipAsync(files)
}

const refuse = (why: string) => new AppError('invalid-input', `${why} Nothing was changed.`)

/**
 * Reads an archive and checks every record with the same rules as the app's own files. Any
 * problem refuses the whole file: an import never half-happens.
 */
export async function readArchive(
  bytes: Uint8Array,
  specs: Record<string, RecordSpec<unknown>>,
): Promise<CheckedArchive> {
  let files: Unzipped
  try {
    files = await unzipAsync(bytes)
  } catch {
    throw refuse('That file isn’t a Follow-Through export (it is not a zip archive).')
  }
  const manifestBytes = files[MANIFEST]
  if (!manifestBytes) {
    throw refuse(`That zip isn’t a Follow-Through export (it has no ${MANIFEST} inside).`)
  }
  let manifest: Manifest
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as Manifest
  } catch {
    throw refuse(`The export is damaged: its ${MANIFEST} can’t be read.`)
  }
  if (manifest?.format !== FORMAT) {
    throw refuse(`That zip isn’t a Follow-Through export (its ${MANIFEST} is something else).`)
  }
  if (typeof manifest.version !== 'number' || manifest.version > FORMAT_VERSION) {
    throw refuse('That export comes from a newer version of Follow-Through; update the app first.')
  }

  const records: Record<string, [string, unknown][]> = {}
  for (const [name, spec] of Object.entries(specs)) {
    const list = manifest.collections?.[name] ?? []
    const version = manifest.schemaVersions?.[name] ?? spec.version
    if (version > spec.version) {
      throw refuse(
        'That export comes from a newer version of Follow-Through; update the app first.',
      )
    }
    if (!Array.isArray(list))
      throw refuse(`The export is damaged: its ${spec.label} can’t be read.`)
    const good: [string, unknown][] = []
    let bad = 0
    for (const entry of list) {
      const [key, raw] = Array.isArray(entry) ? entry : []
      let parsed = null
      try {
        const value = migrateRecord(raw, version, spec.version, spec.recordMigrations ?? [])
        parsed = typeof key === 'string' ? spec.parse(value, key) : null
      } catch {
        parsed = null
      }
      if (!parsed || parsed.dropped > 0) bad++
      else good.push([key as string, parsed.value])
    }
    if (bad > 0) {
      throw refuse(
        `The export is damaged: ${bad} of its ${spec.label} ${bad === 1 ? 'entry' : 'entries'} can’t be read.`,
      )
    }
    records[name] = good
  }
  const settings = parseSettings(manifest.settings)
  if (settings.dropped.length > 0)
    throw refuse('The export is damaged: its settings can’t be read.')

  const recordings = new Map<string, Uint8Array>()
  for (const [name, data] of Object.entries(files)) {
    const m = /^recordings\/([A-Za-z0-9][A-Za-z0-9._-]{0,120})$/.exec(name)
    if (m) recordings.set(m[1]!, data)
  }
  return { manifest, records, settings: settings.value, recordings }
}
