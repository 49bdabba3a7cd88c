import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { AppError } from '../../contract/errors'
import { confStore } from '../conf-store'
import { createHost, type Host, type HostDeps } from '../create-host'
import { nodeTakeStore } from '../node-take-store'
import type { Clock, ReminderNotification } from '../ports'

/** A clock tests can set and move. */
export function fixedClock(
  iso: string,
): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso)
  return {
    now: () => new Date(now),
    set: (next) => {
      now = new Date(next)
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms)
    },
  }
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'follow-through-test-'))
}

const open: Host[] = []

/**
 * Disposes every host the test made, waiting for their background work (the takes scan, a
 * compaction, a backup), then removes the folders: nothing can write into them any more.
 */
export async function cleanup(...dirs: string[]): Promise<void> {
  await Promise.all(open.splice(0).map((h) => h.dispose()))
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
}

/** A host on a real `conf` store in `dir`, as the web host runs it; `deps` swaps in other ports. */
export function hostIn(
  dir: string,
  clock: Clock = fixedClock('2026-03-02T10:00:00Z'),
  deps: Partial<HostDeps> = {},
) {
  const sent: ReminderNotification[] = []
  const host: Host = createHost({
    store: confStore(dir),
    clock,
    notifier: {
      notify: async (n) => {
        sent.push(n)
        return true
      },
    },
    takes: nodeTakeStore(path.join(dir, 'recordings')),
    ...deps,
  })
  open.push(host)
  return { host, sent, clock }
}

/** A restart: closes `host` as quitting does (its background work finished), then reopens `dir`. */
export async function restart(
  host: Host,
  dir: string,
  clock?: Clock,
  deps?: Partial<HostDeps>,
): Promise<ReturnType<typeof hostIn>> {
  await host.dispose()
  return hostIn(dir, clock, deps)
}

/** The AppError a call failed with; fails the test if it succeeded or threw something else. */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (err) {
    if (err instanceof AppError) return err
    throw err
  }
  throw new Error('expected the call to fail')
}
