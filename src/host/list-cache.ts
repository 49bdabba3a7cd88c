import fs from 'node:fs'
import path from 'node:path'
import type { InterviewListItem } from '../contract/tracker-api'
import { writeDerived } from './agenda-cache'

/**
 * The tracker's rows as the last run left them, so the first list after a start at 10,000
 * interviews is one file read instead of parsing and planning them all. Like the kept agenda
 * it is derived data, used only while its stamp matches the data exactly; the plans behind it
 * are checked in the background (see PlannerService), and a row that comes out different is
 * made again and announced.
 */
export const LIST_CACHE_FILE = 'list.cache.json'
/** Bump when a row's shape or how it is made (its search key, its next step) changes. */
const VERSION = 1

interface ListFile {
  version: number
  stamp: string
  rows: InterviewListItem[]
}

/** The kept rows when they were written for exactly `stamp`, else null. */
export function readListCache(dir: string, stamp: string): InterviewListItem[] | null {
  try {
    const file = JSON.parse(fs.readFileSync(path.join(dir, LIST_CACHE_FILE), 'utf8')) as ListFile
    if (file?.version !== VERSION || file.stamp !== stamp || !Array.isArray(file.rows)) return null
    const wellFormed = file.rows.every(
      (r) => typeof r?.id === 'string' && typeof r.search === 'string' && 'next' in r,
    )
    return wellFormed ? file.rows : null
  } catch {
    return null
  }
}

/** Writes the rows (to a temporary file, then renamed); a failure only costs speed. */
export function writeListCache(
  dir: string,
  stamp: string,
  rows: readonly InterviewListItem[],
): void {
  const file: ListFile = { version: VERSION, stamp, rows: [...rows] }
  writeDerived(dir, LIST_CACHE_FILE, JSON.stringify(file), 'the interview list')
}

/** Removes the kept rows (the data was replaced as a whole). */
export function dropListCache(dir: string): void {
  fs.rmSync(path.join(dir, LIST_CACHE_FILE), { force: true })
}
