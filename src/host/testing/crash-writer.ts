/**
 * Run as a child process by the crash test: writes to a host as fast as it can and prints
 * `ack <json>` once each call has returned, until it is killed with SIGKILL mid-write.
 */
import fs from 'node:fs'
import path from 'node:path'
import { confStore } from '../conf-store'
import { createHost } from '../create-host'
import { nodeTakeStore } from '../node-take-store'
import { systemClock } from '../ports'

const dir = process.argv[2]!
const host = createHost({
  store: confStore(dir),
  clock: systemClock,
  notifier: { notify: async () => true },
  takes: nodeTakeStore(path.join(dir, 'recordings')),
})
// Synchronous writes to the pipe: an ack is out before the next write starts.
const ack = (entry: object) => fs.writeSync(1, `ack ${JSON.stringify(entry)}\n`)

const ids: string[] = (await host.api.listInterviews()).map((i) => i.id)
// Notes are not in the list's summary rows; each record comes whole from getInterview.
const full = await Promise.all(ids.map((id) => host.api.getInterview({ id })))
const counters = new Map<string, number>(
  full.map((i) => [i.id, Number(/^v(\d+)/.exec(i.notes)?.[1] ?? 0)]),
)
const times = ['06:00', '06:15', '06:30', '06:45', '07:00', '07:15', '07:30', '07:45']
// Settings step through `times` one at a time, on from what is stored, so the value after an
// acknowledged one is always the next in the list (what the crash test allows to have landed).
let time = times.indexOf((await host.api.getSettings()).reminderTime)
let op = 0

for (;;) {
  op++
  const kind = ids.length < 3 ? 0 : op % 4
  if (kind === 0) {
    const created = await host.api.createInterview({
      draft: {
        company: `Crash ${op}`,
        role: 'Designer',
        interviewDate: '2026-03-02',
        notes: 'v0 ' + 'n'.repeat(op % 7 === 0 ? 3000 : 200),
      },
    })
    ids.push(created.id)
    counters.set(created.id, 0)
    ack({ kind: 'create', id: created.id })
  } else if (kind === 1) {
    const id = ids[op % ids.length]!
    const n = counters.get(id)! + 1
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      deletedAt: _d,
      ...current
    } = await host.api.getInterview({ id })
    await host.api.updateInterview({
      id,
      draft: { ...current, notes: `v${n} ${'u'.repeat(300)}` },
    })
    counters.set(id, n)
    ack({ kind: 'update', id, n })
  } else if (kind === 2) {
    const id = ids[op % ids.length]!
    const view = await host.api.logAttempt({
      interviewId: id,
      attempt: { kind: 'thank-you', date: '2026-03-02', channel: 'email', note: `op ${op}` },
    })
    ack({ kind: 'attempt', id, attemptId: view.attempts.find((a) => a.note === `op ${op}`)!.id })
  } else {
    time = (time + 1) % times.length
    await host.api.updateSettings({ patch: { reminderTime: times[time]! } })
    ack({ kind: 'settings', time: times[time] })
  }
  // Now and then compact in the background, so some kills land in the middle of one.
  if (op % 40 === 0) void host.compact()
  if (op % 10 === 0) await new Promise((resolve) => setImmediate(resolve))
}
