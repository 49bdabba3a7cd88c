import {
  _electron,
  chromium,
  type Browser,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
export const fixturePath = (name: string) => path.join(root, 'e2e', 'fixtures', name)

/** The fake microphone plays a WAV once, so a recording holds real speech a test can measure. */
export const fakeMediaFlags = (wav: string) => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-audio-capture=${wav}%noloop`,
  '--autoplay-policy=no-user-gesture-required',
]

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium']
  return candidates.find((p): p is string => !!p && fs.existsSync(p))
}

export function launchBrowser(wav: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...fakeMediaFlags(wav),
    ],
  })
}

/**
 * Where the Electron binary is, or why there is none (ELECTRON_SKIP_BINARY_DOWNLOAD). Reads the
 * package's own `path.txt` rather than requiring `electron`: since Electron 39 that require tries
 * to download a missing binary, and a test run must never reach for the network.
 */
export function electronBinary(): { path: string } | { missing: string } {
  let dir: string
  try {
    dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return { missing: 'the electron package is not installed' }
  }
  const pathFile = path.join(dir, 'path.txt')
  const name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const binary = override
    ? path.join(override, name || 'electron')
    : name && path.join(dir, 'dist', name)
  if (binary && fs.existsSync(binary)) return { path: binary }
  return {
    missing: `the Electron binary is not installed (${binary || 'no path.txt: installed with ELECTRON_SKIP_BINARY_DOWNLOAD'})`,
  }
}

export interface RunningHost {
  page: Page
  /** Errors the page logged or threw, from its first script on (the web host's page). */
  errors: string[]
  stop(): Promise<void>
}

/** Collects what `page` logs as an error and what it throws. */
function errorsOf(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

/**
 * System notifications in the web host: `unasked` is a fresh browser profile (the page must ask,
 * and the granted context answers Allow), `allowed` one where the user allowed them before.
 */
export type NotificationPermissionOption = 'unasked' | 'allowed'

export interface HostOptions {
  dataDir: string
  fakeNow?: string
  wav: string
  notifications?: NotificationPermissionOption
  /** Extra environment for the host, e.g. a faster reminder check. */
  env?: Record<string, string>
}

const hostEnv = (o: HostOptions) => ({
  ...process.env,
  FOLLOWUP_DATA_DIR: o.dataDir,
  ...(o.fakeNow ? { FOLLOWUP_FAKE_NOW: o.fakeNow } : {}),
  ...o.env,
})

/**
 * Headless Chromium shows no notification on screen, so the page's Notification constructor is
 * wrapped to record what was shown (`window.__notifications`). Until the page asks, permission
 * reads "default", as in a profile that never decided; the context's grant then answers Allow.
 */
function recordNotifications(startAllowed: boolean) {
  const Real = window.Notification
  const w = window as unknown as { __notifications: { title: string; body: string }[] }
  w.__notifications = []
  if (!Real) return
  const asked = () => startAllowed || sessionStorage.getItem('e2e-notifications-asked') === '1'
  class Recorded extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options)
      w.__notifications.push({ title, body: options?.body ?? '' })
    }
    static override get permission(): NotificationPermission {
      return asked() ? Real.permission : 'default'
    }
    static override requestPermission(): Promise<NotificationPermission> {
      sessionStorage.setItem('e2e-notifications-asked', '1')
      return Real.requestPermission()
    }
  }
  window.Notification = Recorded
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${out}`)), 15_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /running at (http:\/\/\S+)/.exec(out)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`web host exited (${code}):\n${out}`)))
  })
}

/** Starts `node out/web/server.js` on a free port and opens its printed URL in a fresh context. */
export async function startWebHost(browser: Browser, o: HostOptions): Promise<RunningHost> {
  const child = spawn(process.execPath, [path.join(root, 'out/web/server.js')], {
    env: { ...hostEnv(o), PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await waitForUrl(child)
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  if (o.notifications) {
    await context.grantPermissions(['notifications'], { origin: new URL(url).origin })
    await context.addInitScript(recordNotifications, o.notifications === 'allowed')
  }
  const page = await context.newPage()
  const errors = errorsOf(page)
  await page.goto(url)
  return {
    page,
    errors,
    async stop() {
      await context.close()
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
    },
  }
}

/**
 * The app from `out/`, with its own FOLLOWUP_DATA_DIR: main moves Electron's whole user-data
 * folder there before it takes the single-instance lock, so parallel tests never collide.
 */
export async function startElectron(binary: string, o: HostOptions): Promise<RunningHost> {
  const app: ElectronApplication = await _electron.launch({
    executablePath: binary,
    args: [path.join(root, 'out/main/index.js'), ...fakeMediaFlags(o.wav)],
    env: hostEnv(o) as Record<string, string>,
  })
  const page = await app.firstWindow()
  // The window may have run its first scripts before this attaches: anything logged earlier is
  // missed here, where the web host's page catches it.
  return { page, errors: errorsOf(page), stop: () => app.close() }
}

export const newDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'follow-through-e2e-'))
