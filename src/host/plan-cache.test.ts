import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { InterviewListItem } from '../contract/tracker-api'
import { AGENDA_CACHE_FILE } from './agenda-cache'
import { LIST_CACHE_FILE } from './list-cache'
import { PLAN_CACHE_FILE, readPlanCache, writePlanCache } from './plan-cache'
import type { Host } from './create-host'
import { CHECK_KEPT_AFTER_MS, KEEP_PLANS_FROM } from './planner-service'
import { inIdOrder, writeManyInterviews } from './testing/many-interviews'
import { cleanup, fixedClock, hostIn, tempDir } from './testing/temp-host'

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => cleanup(dir))

const clock = () => fixedClock('2026-03-10T10:00:00')
/**
 * A first run on a large store: Today built, then the seconds after which the plans and the
 * agenda are kept; `beforeQuit` runs after that. Resolves with Today as the run last showed it.
 */
async function firstRun(beforeQuit?: (host: Host) => Promise<void>) {
  writeManyInterviews(dir, KEEP_PLANS_FROM, '2026-03-10')
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  const first = hostIn(dir, clock()).host
  try {
    await first.api.getToday()
    await vi.advanceTimersByTimeAsync(5000)
    await beforeQuit?.(first)
    const truth = await first.api.getToday()
    await first.dispose()
    return truth
  } finally {
    vi.useRealTimers()
  }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('plans kept beside the data', () => {
  it('round-trips the steps without their reasons, and only for the same holidays', () => {
    const actions = [
      {
        kind: 'status-check' as const,
        due: '2026-03-12',
        attemptNumber: 2,
        channel: 'phone' as const,
        to: 'recruiter' as const,
        reason: 'Why.',
      },
      { kind: 'move-on' as const, due: '2026-04-01', reason: 'Why not.' },
    ]
    writePlanCache(dir, ['2026-03-11'], [['a', { fingerprint: 'f', actions }]])
    expect(readPlanCache(dir, ['2026-03-11'])?.get('a')).toEqual({
      fingerprint: 'f',
      actions: actions.map((a) => ({ ...a, reason: '' })),
    })
    expect(readPlanCache(dir, [])).toBeNull()
    fs.writeFileSync(path.join(dir, PLAN_CACHE_FILE), '{"version":1,"holi')
    expect(readPlanCache(dir, ['2026-03-11'])).toBeNull()
  })

  it('a large store keeps its plans; a start uses them and re-plans what turned out different', async () => {
    const truth = await firstRun()
    const kept = readPlanCache(dir, [])!
    expect(kept.size).toBe(KEEP_PLANS_FROM)

    // As if the rules changed since: one kept plan says its step is due far later.
    const file = JSON.parse(fs.readFileSync(path.join(dir, PLAN_CACHE_FILE), 'utf8'))
    const [fingerprint, steps] = file.plans['bench-0']
    file.plans['bench-0'] = [
      fingerprint,
      steps.map((s: unknown[]) => [s[0], '2026-12-01', ...s.slice(2)]),
    ]
    fs.writeFileSync(path.join(dir, PLAN_CACHE_FILE), JSON.stringify(file))
    // Without the kept agenda, the first Today is built from the kept plans.
    fs.rmSync(path.join(dir, AGENDA_CACHE_FILE))

    const { host } = hostIn(dir, clock())
    const events: string[] = []
    host.events.subscribe((e) => e.type === 'changed' && events.push(e.topic))
    const early = await host.api.getToday()
    expect(early.counts.upcoming + early.counts.dueToday + early.counts.overdue).toBeLessThan(
      truth.counts.upcoming + truth.counts.dueToday + truth.counts.overdue,
    )
    await vi.waitFor(() => expect(events).toContain('followups'))
    await settle()
    const after = await host.api.getToday()
    expect(after.counts).toEqual(truth.counts)
    // An interview re-planned goes after the ones it ties with (same day and time), so compare
    // the rows as sets.
    const dueToday = async () =>
      (await host.api.getAgendaPage({ group: 'dueToday', offset: 0, limit: 200 })).rows
        .map((r) => `${r.interviewId}|${r.action.key}|${r.action.reason}`)
        .sort()
    expect(await dueToday()).toContain(
      'bench-0|thank-you|Thank them on the day, while the conversation is still fresh for everyone.',
    )
    expect(await dueToday()).toHaveLength(truth.counts.dueToday)
  })

  it('a start answers Today from the kept agenda, and the build behind it corrects a wrong one', async () => {
    const truth = await firstRun()
    const again = hostIn(dir, clock()).host
    expect(await again.api.getToday()).toEqual(truth)
    await again.dispose()

    // Kept for these very inputs, but wrong (as if the rules changed): every step a day later.
    const agendaFile = path.join(dir, AGENDA_CACHE_FILE)
    const file = JSON.parse(fs.readFileSync(agendaFile, 'utf8'))
    file.days = file.days.map(
      (d: string) => `${d.slice(0, 8)}${String(Number(d.slice(8)) + 1).padStart(2, '0')}`,
    )
    fs.writeFileSync(agendaFile, JSON.stringify(file))
    const { host } = hostIn(dir, clock())
    const events: string[] = []
    host.events.subscribe((e) => e.type === 'changed' && events.push(e.topic))
    expect((await host.api.getToday()).counts).not.toEqual(truth.counts)
    await vi.waitFor(() => expect(events).toContain('followups'), {
      timeout: CHECK_KEPT_AFTER_MS + 3000,
    })
    expect(await host.api.getToday()).toEqual(truth)
  })

  it('a start answers the list from the kept rows; a row whose plan turns out different is made again', async () => {
    let truth: InterviewListItem[] = []
    await firstRun(async (first) => {
      truth = await first.api.listInterviews()
    })
    const listFile = path.join(dir, LIST_CACHE_FILE)
    const kept = JSON.parse(fs.readFileSync(listFile, 'utf8'))
    expect(kept.rows).toEqual(truth)

    // Kept for these very inputs: what the file says is what a start answers, read not planned.
    const marked = structuredClone(kept)
    marked.rows[1].company = 'Read from the kept list'
    fs.writeFileSync(listFile, JSON.stringify(marked))
    const again = hostIn(dir, clock()).host
    expect((await again.api.listInterviews())[1]!.company).toBe('Read from the kept list')
    await again.dispose()

    // As if the rules changed since: bench-0's kept plan and row say its next step is later.
    const later = (day: string) => `${day.slice(0, 4)}-12-01`
    const plans = JSON.parse(fs.readFileSync(path.join(dir, PLAN_CACHE_FILE), 'utf8'))
    const [fingerprint, steps] = plans.plans['bench-0']
    plans.plans['bench-0'] = [
      fingerprint,
      steps.map((s: string[]) => [s[0], later(s[1]!), ...s.slice(2)]),
    ]
    fs.writeFileSync(path.join(dir, PLAN_CACHE_FILE), JSON.stringify(plans))
    const wrong = structuredClone(kept)
    const row = wrong.rows.find((r: InterviewListItem) => r.id === 'bench-0')
    row.next.due = later(row.next.due)
    fs.writeFileSync(listFile, JSON.stringify(wrong))

    const { host } = hostIn(dir, clock())
    const events: string[] = []
    host.events.subscribe((e) => e.type === 'changed' && events.push(e.topic))
    const early = await host.api.listInterviews()
    expect(early.find((r) => r.id === 'bench-0')!.next!.due).toMatch(/-12-01$/)
    await vi.waitFor(() => expect(events).toContain('followups'))
    expect(inIdOrder(await host.api.listInterviews())).toEqual(inIdOrder(truth))
  })

  it('quitting before the kept plans were due to be saved still keeps them', async () => {
    writeManyInterviews(dir, KEEP_PLANS_FROM, '2026-03-10')
    const first = hostIn(dir, clock()).host
    const truth = await first.api.getToday()
    await first.dispose()
    expect(readPlanCache(dir, [])?.size).toBe(KEEP_PLANS_FROM)
    const again = hostIn(dir, clock()).host
    expect(await again.api.getToday()).toEqual(truth)
    await again.dispose()
  })

  it('a kept agenda from before a change is not used', async () => {
    let dismissed: Awaited<ReturnType<Host['api']['getToday']>>['dueToday'][number]
    const agendaFile = path.join(dir, AGENDA_CACHE_FILE)
    let before = ''
    const truth = await firstRun(async (first) => {
      // What a crash right after the change would leave: the agenda kept before it.
      before = fs.readFileSync(agendaFile, 'utf8')
      dismissed = (await first.api.getToday()).dueToday[0]!
      // Dismissed just before quitting, before the agenda was kept again.
      await first.api.dismissAction({
        interviewId: dismissed.interviewId,
        key: dismissed.action.key,
      })
    })
    fs.writeFileSync(agendaFile, before)
    const { host } = hostIn(dir, clock())
    const today = await host.api.getToday()
    expect(today.counts).toEqual(truth.counts)
    expect(today.dueToday).not.toContainEqual(dismissed!)
  })

  it('new holidays set while the kept agenda answers are planned with at once', async () => {
    await firstRun()
    const holidays = { patch: { holidays: ['2026-03-11', '2026-03-12'] } }
    const kept = hostIn(dir, clock()).host
    await kept.api.getToday()
    await kept.api.updateSettings(holidays)
    const seen = await kept.api.getToday()
    await kept.dispose()
    fs.rmSync(path.join(dir, AGENDA_CACHE_FILE))
    const { host } = hostIn(dir, clock())
    const days = (today: typeof seen) => today.upcoming.map((r) => r.effectiveDue)
    // Nothing is due on a holiday.
    expect(days(seen)).not.toContain('2026-03-11')
    expect(days(await host.api.getToday())).toEqual(days(seen))
  })
})
