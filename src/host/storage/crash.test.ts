import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, hostIn, tempDir } from '../testing/temp-host'
import { JournalCollection } from './journal'
import { COUNTERS, counterSpec } from './testing/compaction-writer'

const ROUNDS = 12
const MAX_MS = 45_000

const root = path.resolve(import.meta.dirname, '../../..')
// Inside the project, so the bundle's imports of conf and zod resolve from node_modules.
const work = path.join(root, 'node_modules', '.cache', `crash-writer-${process.pid}`)
const script = path.join(work, 'crash-writer.mjs')
const compactionScript = path.join(work, 'compaction-writer.mjs')
beforeAll(async () => {
  // The writers run as plain Node in a child process, so they are bundled from the TypeScript.
  for (const [entry, outfile] of [
    ['../testing/crash-writer.ts', script],
    ['./testing/compaction-writer.ts', compactionScript],
  ] as const) {
    await build({
      entryPoints: [path.join(import.meta.dirname, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      packages: 'external',
      logLevel: 'silent',
    })
  }
})
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

type Ack =
  | { kind: 'create'; id: string }
  | { kind: 'update'; id: string; n: number }
  | { kind: 'attempt'; id: string; attemptId: string }
  | { kind: 'settings'; time: string }
  | { kind: 'counter'; key: string; n: number }

/** Starts the writer, kills it with SIGKILL after `ms` of writing, and returns what it acknowledged. */
function writeAndKill(dir: string, ms: number, writer = script): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | null = null
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      // Count from the first acknowledged write, so start-up time doesn't eat the budget.
      timer ??= setTimeout(() => child.kill('SIGKILL'), ms)
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const guard = setTimeout(() => child.kill('SIGKILL'), 15_000)
    child.on('exit', (_code, signal) => {
      clearTimeout(guard)
      if (timer) clearTimeout(timer)
      if (signal !== 'SIGKILL') return reject(new Error(`writer stopped by itself:\n${err}`))
      const acks = out
        .split('\n')
        .filter((l) => l.startsWith('ack '))
        .map((l) => JSON.parse(l.slice(4)) as Ack)
      resolve(acks)
    })
  })
}

describe('killed mid-write with SIGKILL', () => {
  it(
    `keeps every acknowledged write and every file loads (${ROUNDS} kills)`,
    async () => {
      const dir = tempDir()
      const started = Date.now()
      const created = new Set<string>()
      const counters = new Map<string, number>()
      const attempts = new Map<string, string[]>()
      const times = ['06:00', '06:15', '06:30', '06:45', '07:00', '07:15', '07:30', '07:45']
      let lastTime: string | null = null
      let total = 0
      try {
        for (let round = 0; round < ROUNDS && Date.now() - started < MAX_MS; round++) {
          const acks = await writeAndKill(dir, 40 + ((round * 37) % 200))
          total += acks.length
          for (const a of acks) {
            if (a.kind === 'create') created.add(a.id)
            if (a.kind === 'update') counters.set(a.id, a.n)
            if (a.kind === 'attempt')
              attempts.set(a.id, [...(attempts.get(a.id) ?? []), a.attemptId])
            if (a.kind === 'settings') lastTime = a.time
          }
          // Every file loads as the app reads it, with nothing reported as damaged.
          const settingsFile = path.join(dir, 'settings.json')
          if (fs.existsSync(settingsFile)) {
            expect(() => JSON.parse(fs.readFileSync(settingsFile, 'utf8'))).not.toThrow()
          }
          const { host } = hostIn(dir)
          const notices = await host.api.listNotices()
          expect(notices.map((n) => n.title)).toEqual([])

          const rows = await host.api.listInterviews()
          const stored = new Map(
            await Promise.all(
              rows.map(async (r) => [r.id, await host.api.getInterview({ id: r.id })] as const),
            ),
          )
          for (const id of created) expect(stored.has(id), `interview ${id}`).toBe(true)
          for (const [id, n] of counters) {
            // The acknowledged edit, or one made after it that reached the disk before the kill.
            const storedN = Number(/^v(\d+)/.exec(stored.get(id)!.notes)![1])
            expect(storedN, `edit ${n} of ${id}`).toBeGreaterThanOrEqual(n)
          }
          for (const [id, ids] of attempts) {
            const logged = (await host.api.getFollowUps({ interviewId: id })).attempts.map(
              (a) => a.id,
            )
            for (const attemptId of ids) expect(logged).toContain(attemptId)
          }
          if (lastTime) {
            const time = (await host.api.getSettings()).reminderTime
            // Settings are one document: the acknowledged value or the next one written, which
            // may have reached the disk before the kill. The writer steps through `times` one
            // at a time from the stored value, so the next is one place on.
            const i = times.indexOf(lastTime)
            expect([lastTime, times[(i + 1) % times.length]]).toContain(time)
            lastTime = time
          }
          await host.dispose()
          // The next round continues from what is on disk, as the restarted app would.
          for (const [id] of counters) {
            counters.set(id, Number(/^v(\d+)/.exec(stored.get(id)!.notes)![1]))
          }
        }
        expect(total).toBeGreaterThan(ROUNDS)
      } finally {
        await cleanup(dir)
      }
    },
    MAX_MS + 30_000,
  )
})

describe('killed with SIGKILL while compactions run', () => {
  it('keeps every acknowledged edit, whichever step of a compaction the kill lands in', async () => {
    const dir = tempDir()
    const acked = new Map<string, number>()
    let total = 0
    try {
      for (let round = 0; round < 6; round++) {
        const acks = await writeAndKill(dir, 100 + round * 300, compactionScript)
        total += acks.length
        for (const a of acks) if (a.kind === 'counter') acked.set(a.key, a.n)
        const c = new JournalCollection(dir, counterSpec, new Date())
        expect(c.notices).toEqual([])
        expect(c.size).toBe(COUNTERS)
        for (const [key, n] of acked) {
          // The acknowledged edit, or one made after it that reached the disk before the kill.
          expect(c.get(key)!.n, key).toBeGreaterThanOrEqual(n)
        }
        await c.close()
      }
      expect(total).toBeGreaterThan(6)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 90_000)
})
