import fs from 'node:fs'
import path from 'node:path'
import type { LoggedAttempt } from '../core/followup/attempt-schema'
import type { ActionKind, Channel, PlannedAction, Recipient } from '../core/followup/plan'
import type { Interview } from '../core/interview/schema'
import { writeDerived } from './agenda-cache'

/**
 * Planning 10,000 interviews takes longer than Today may wait after a start, so the steps each
 * plan produced are kept beside the data. It is derived data: a missing, old or damaged file is
 * ignored and the plans are made again. Reasons are left out (the rows on screen are planned in
 * full), which keeps the file small enough to read in a few milliseconds.
 */
export const PLAN_CACHE_FILE = 'plans.cache.json'
/** Bump when the shape changes; rule changes are caught by re-planning in the background. */
const VERSION = 1

type Step = [ActionKind, string, number, Channel | '', Recipient | '']
interface CacheFile {
  version: number
  holidays: string[]
  plans: Record<string, [string, Step[]]>
}

export interface CachedPlan {
  fingerprint: string
  actions: PlannedAction[]
}

/** What a plan depends on besides the holidays: the interview's version and the attempts logged. */
export function planFingerprint(interview: Interview, attempts: readonly LoggedAttempt[]): string {
  return `${interview.updatedAt}|${attempts.map((a) => a.id).join(',')}`
}

const toStep = (a: PlannedAction): Step => [
  a.kind,
  a.due,
  a.attemptNumber ?? 0,
  a.channel ?? '',
  a.to ?? '',
]
const fromStep = ([kind, due, attemptNumber, channel, to]: Step): PlannedAction => ({
  kind,
  due,
  reason: '',
  ...(attemptNumber ? { attemptNumber } : {}),
  ...(channel ? { channel } : {}),
  ...(to ? { to } : {}),
})

/** Steps equal in everything the agenda and the list use (the reason is not kept). */
export function sameSteps(a: readonly PlannedAction[], b: readonly PlannedAction[]): boolean {
  return a.length === b.length && a.every((x, i) => toStep(x).join('|') === toStep(b[i]!).join('|'))
}

/** The cache for these holidays, or null when there is none that can be used. */
export function readPlanCache(
  dir: string,
  holidays: readonly string[],
): Map<string, CachedPlan> | null {
  try {
    const file = JSON.parse(fs.readFileSync(path.join(dir, PLAN_CACHE_FILE), 'utf8')) as CacheFile
    if (file?.version !== VERSION || !Array.isArray(file.holidays) || !file.plans) return null
    if (file.holidays.join(',') !== holidays.join(',')) return null
    const plans = new Map<string, CachedPlan>()
    for (const [id, entry] of Object.entries(file.plans)) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1]))
        continue
      plans.set(id, { fingerprint: entry[0], actions: entry[1].map(fromStep) })
    }
    return plans
  } catch {
    return null
  }
}

/** Writes the cache whole (to a temporary file, then renamed); a failure only costs speed. */
export function writePlanCache(
  dir: string,
  holidays: readonly string[],
  plans: Iterable<[string, CachedPlan]>,
): void {
  const file: CacheFile = { version: VERSION, holidays: [...holidays], plans: {} }
  for (const [id, plan] of plans) file.plans[id] = [plan.fingerprint, plan.actions.map(toStep)]
  writeDerived(dir, PLAN_CACHE_FILE, JSON.stringify(file), 'the plans')
}
