import { vi } from 'vitest'
import type { AppClient } from '../../contract/api'
import type { AppEvent } from '../../contract/events'
import { emitReady, fake, pageIn, type FakeBrowserWindow } from './fake-electron'

export interface LaunchOptions {
  dataDir: string
  /** FOLLOWUP_FAKE_NOW for the app's clock. */
  now?: string
  argv?: string[]
  platform?: NodeJS.Platform
  env?: Record<string, string>
}

const realPlatform = process.platform
const realArgv = process.argv

/** Sets process.platform for the code under test (Electron's main reads it directly). */
export function setPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true })
}

export function restoreProcess(): void {
  setPlatform(realPlatform)
  process.argv = realArgv
}

/**
 * Starts src/main/index.ts on the fake as one app process would: its top-level code runs, then
 * Electron becomes ready. Each call is a fresh module graph, like a new process.
 */
export async function launchMain(o: LaunchOptions): Promise<void> {
  vi.resetModules()
  process.env.FOLLOWUP_DATA_DIR = o.dataDir
  if (o.now) process.env.FOLLOWUP_FAKE_NOW = o.now
  else delete process.env.FOLLOWUP_FAKE_NOW
  for (const [k, v] of Object.entries(o.env ?? {})) process.env[k] = v
  process.argv = [process.execPath, 'follow-through', ...(o.argv ?? [])]
  setPlatform(o.platform ?? 'linux')
  await import('../index')
  if (!fake.quit && fake.quitCalls === 0) await emitReady()
}

/** Runs the preload in the page of `win` and returns what the page sees as `window.api`. */
export async function openPage(win: FakeBrowserWindow): Promise<AppClient> {
  pageIn(win)
  await import('../../preload/index')
  return fake.mainWorld.api as AppClient
}

/** Events the page received, once it subscribed through the preload. */
export function listen(api: AppClient): AppEvent[] {
  const events: AppEvent[] = []
  api.onEvent((e) => events.push(e))
  return events
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0))
}
