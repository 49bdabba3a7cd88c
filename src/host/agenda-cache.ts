import fs from 'node:fs'
import path from 'node:path'
import {
  daysOverdue,
  groupCounts,
  groupRange,
  type AgendaCounts,
  type AgendaGroup,
} from '../core/followup/agenda-index'

/**
 * Today's agenda as the last run left it, sorted, so the first Today after a start reads one
 * small file instead of parsing every interview and sorting every step. It is derived data,
 * used only while its stamp (the holidays and each input collection's last change number and
 * size) matches the data exactly; anything else (missing, damaged, older) is ignored. Even a
 * matching one is checked against a full build in the background, which wins.
 */
export const AGENDA_CACHE_FILE = 'agenda.cache.json'
/** Bump when the shape or the plan rules change. */
const VERSION = 1

interface AgendaFile {
  version: number
  stamp: string
  exampleId: string | null
  /** Distinct days, ascending; steps refer to them by index. */
  days: string[]
  ids: string[]
  /** Three numbers a step, in agenda order: day index, id index, place in the plan. */
  steps: number[]
  /** Sum of `steps` (mod 2^32), so a changed or cut file is refused. */
  check: number
}

/** One step as kept: whose it is, its place in the plan and the day it shows up on. */
export interface KeptStep {
  id: string
  order: number
  effectiveDue: string
  daysOverdue: number
}

const checksum = (steps: readonly number[]) => {
  let sum = 0
  for (const n of steps) sum = (sum + n) >>> 0
  return sum
}

/** The kept agenda: counts and pages by binary search, as `AgendaIndex` answers them. */
export class KeptAgenda {
  constructor(private readonly file: AgendaFile) {}

  get exampleId(): string | null {
    return this.file.exampleId
  }

  get length(): number {
    return this.file.steps.length / 3
  }

  #dayAt = (i: number) => this.file.days[this.file.steps[i * 3]!]!

  counts(today: string): AgendaCounts {
    return groupCounts(this.length, this.#dayAt, today)
  }

  page(group: AgendaGroup, today: string, offset: number, limit: number): KeptStep[] {
    const [from, to] = groupRange(this.length, this.#dayAt, group, today)
    const out: KeptStep[] = []
    for (let i = from + offset; i < Math.min(from + offset + limit, to); i++) {
      const effectiveDue = this.#dayAt(i)
      out.push({
        id: this.file.ids[this.file.steps[i * 3 + 1]!]!,
        order: this.file.steps[i * 3 + 2]!,
        effectiveDue,
        daysOverdue: daysOverdue(group, today, effectiveDue),
      })
    }
    return out
  }

  /** Whether `positions` (a fresh build, in agenda order) says exactly what this says. */
  matches(positions: readonly { id: string; order: number; effectiveDue: string }[]): boolean {
    if (positions.length !== this.length) return false
    const { steps, ids } = this.file
    return positions.every(
      (p, i) =>
        p.effectiveDue === this.#dayAt(i) &&
        p.id === ids[steps[i * 3 + 1]!] &&
        p.order === steps[i * 3 + 2],
    )
  }
}

/** The kept agenda when it was written for exactly `stamp`, else null. */
export function readAgendaCache(dir: string, stamp: string): KeptAgenda | null {
  try {
    const file = JSON.parse(
      fs.readFileSync(path.join(dir, AGENDA_CACHE_FILE), 'utf8'),
    ) as AgendaFile
    if (file?.version !== VERSION || file.stamp !== stamp) return null
    const { days, ids, steps } = file
    if (!Array.isArray(days) || !Array.isArray(ids) || !Array.isArray(steps)) return null
    if (steps.length % 3 !== 0 || checksum(steps) !== file.check) return null
    for (let i = 0; i < steps.length; i += 3) {
      if (days[steps[i]!] === undefined || ids[steps[i + 1]!] === undefined) return null
    }
    return new KeptAgenda(file)
  } catch {
    return null
  }
}

/** Writes the agenda (to a temporary file, then renamed); a failure only costs speed. */
export function writeAgendaCache(
  dir: string,
  stamp: string,
  exampleId: string | null,
  positions: readonly { id: string; order: number; effectiveDue: string }[],
): void {
  const days: string[] = []
  const ids: string[] = []
  const idIndex = new Map<string, number>()
  const steps: number[] = []
  for (const p of positions) {
    if (days[days.length - 1] !== p.effectiveDue) days.push(p.effectiveDue)
    let at = idIndex.get(p.id)
    if (at === undefined) {
      at = ids.push(p.id) - 1
      idIndex.set(p.id, at)
    }
    steps.push(days.length - 1, at, p.order)
  }
  const file: AgendaFile = {
    version: VERSION,
    stamp,
    exampleId,
    days,
    ids,
    steps,
    check: checksum(steps),
  }
  writeDerived(dir, AGENDA_CACHE_FILE, JSON.stringify(file), 'Today')
}

/** Removes the kept agenda (the data was replaced as a whole). */
export function dropAgendaCache(dir: string): void {
  fs.rmSync(path.join(dir, AGENDA_CACHE_FILE), { force: true })
}

/** Writes a derived file whole, through a temporary file and a rename; failing only costs speed. */
export function writeDerived(dir: string, name: string, text: string, what: string): void {
  const target = path.join(dir, name)
  const temp = `${target}.tmp-${process.pid}`
  try {
    fs.writeFileSync(temp, text)
    fs.renameSync(temp, target)
  } catch (err) {
    fs.rmSync(temp, { force: true })
    console.error(`[planner] could not keep ${what} for the next start:`, err)
  }
}
