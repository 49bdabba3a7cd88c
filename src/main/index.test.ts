import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { READY_CHANNEL } from '../contract/events'
import type { FirstAnswers } from '../contract/first-answers'
import type { Settings } from '../core/settings/schema'
import { firstAnswersIn } from '../host/testing/first-answers-in'
import { cleanup, fixedClock, hostIn, tempDir } from '../host/testing/temp-host'
import { APP_ID } from './app-id'
import {
  clickNotification,
  collectGarbage,
  electron,
  electronModule,
  fake,
  heldInstanceLocks,
  resetFakeElectron,
  type FakeBrowserWindow,
} from './testing/fake-electron'
import { launchMain, listen, openPage, restoreProcess, settle } from './testing/launch'

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule())
// The hosts main creates, so each test waits for their background work before its folders go.
const launched = vi.hoisted(() => [] as { dispose(): Promise<void> }[])
vi.mock('../host/create-host', async (importOriginal) => {
  const real = await importOriginal<typeof import('../host/create-host')>()
  return {
    ...real,
    createHost: (deps: Parameters<typeof real.createHost>[0]) => {
      // Start-up work runs at once rather than after the page's first screen: no page loads here.
      const host = real.createHost({ ...deps, quietMs: 0 })
      launched.push(host)
      return host
    },
  }
})
// The first screen's renderer is built beside the renderer (out/first-screen), which a unit test
// has not built: main gets a stand-in that renders from the answers it is given.
vi.mock('../host/first-page', async (importOriginal) => {
  const real = await importOriginal<typeof import('../host/first-page')>()
  return {
    ...real,
    loadFirstScreenRenderer: async () => (answers: FirstAnswers) => {
      const companies = answers.today?.dueToday.map((r) => r.company) ?? []
      if (companies.includes('Unrenderable')) throw new Error('the render failed')
      return `<main><h1>Today</h1>${companies.map((c) => `<p>${c}</p>`).join('')}</main>`
    },
  }
})
// electron-store reads the real Electron; in tests the same files go through `conf`.
vi.mock('./adapters', async () => {
  const { confStore } = await import('../host/conf-store')
  const { fakeShell } = await import('../host/testing/fake-shell')
  return {
    electronStore: (dir: string) => confStore(dir),
    electronShell: () => fakeShell(),
  }
})

const dirs: string[] = []
const newDir = () => {
  const d = tempDir()
  dirs.push(d)
  return d
}

beforeEach(() => {
  resetFakeElectron()
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(async () => {
  fake.windows.forEach((w) => (w.webContents.pageBlocksUnload = false))
  electron.app.quit()
  await settle()
  restoreProcess()
  vi.restoreAllMocks()
  await Promise.all(launched.splice(0).map((h) => h.dispose()))
  await cleanup(...dirs.splice(0))
  delete process.env.ELECTRON_RENDERER_URL
  delete process.env.XDG_CONFIG_HOME
})

/** Data as a user would have it before starting the app: an interview, maybe settings. */
async function seed(dir: string, o: { companies?: string[]; settings?: Partial<Settings> } = {}) {
  const { host } = hostIn(dir, fixedClock('2026-03-02T08:00:00'))
  const ids: string[] = []
  for (const company of o.companies ?? []) {
    const i = await host.api.createInterview({
      draft: {
        company,
        role: 'Designer',
        interviewDate: '2026-03-02',
        interviewers: [{ firstName: 'Dana' }],
      },
    })
    ids.push(i.id)
  }
  if (o.settings) await host.api.updateSettings({ patch: o.settings })
  // Closed as the user would have closed it, so the app opens the folder alone.
  await host.dispose()
  return ids
}

/** A seeded interview's thank-you reminder, on the interview day. */
const thankDana =
  'For Dana, about the Designer interview on Mon, Mar 2. ' +
  'Thank them on the day, while the conversation is still fresh for everyone.'

const only = (): FakeBrowserWindow => {
  expect(fake.windows).toHaveLength(1)
  return fake.windows[0]!
}

describe('start-up', () => {
  it('moves the whole user-data folder, so instances with their own folders never collide (3)', async () => {
    const a = newDir()
    await launchMain({ dataDir: a })
    expect(fake.paths.userData).toBe(a)
    expect(heldInstanceLocks.has(a)).toBe(true)
    expect(fake.quitCalls).toBe(0)

    // A second process (a parallel test) with its own folder gets its own lock.
    resetFakeElectron()
    const b = newDir()
    await launchMain({ dataDir: b })
    expect(fake.quitCalls).toBe(0)
    expect(only().isVisible()).toBe(true)

    // The same folder twice is a second instance of the same user's app: it hands over and quits.
    resetFakeElectron()
    await launchMain({ dataDir: b })
    expect(fake.quit).toBe(true)
    expect(fake.windows).toEqual([])
  })

  it('registers the app scheme before ready and opens a locked-down window on it', async () => {
    await launchMain({ dataDir: newDir() })
    expect(fake.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app' })])
    const win = only()
    expect(win.webContents.url).toBe('app://follow-through/index.html?opening')
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    })
  })

  it('ignores ELECTRON_RENDERER_URL in a packaged build (7), and honours it in development', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    fake.packaged = true
    await launchMain({ dataDir: newDir() })
    expect(only().webContents.url).toBe('app://follow-through/index.html?opening')

    electron.app.quit()
    // Quitting waits for the host to close its files first, then quits for real.
    expect(fake.quit).toBe(false)
    await vi.waitFor(() => expect(fake.quit).toBe(true))
    resetFakeElectron()
    await launchMain({ dataDir: newDir() })
    expect(only().webContents.url).toBe('http://localhost:5173')
  })

  it('sets the AppUserModelID on Windows, so notifications can show at all (4)', async () => {
    await launchMain({ dataDir: newDir(), platform: 'win32' })
    expect(fake.appUserModelId).toBe(APP_ID)
  })

  it('starts hidden in the tray when launched at login', async () => {
    await launchMain({ dataDir: newDir(), argv: ['--hidden'] })
    expect(fake.windows).toEqual([])
    expect(fake.trays).toHaveLength(1)
  })
})

describe('the page a window opens with', () => {
  const served = async (url: string) => {
    const response = await fake.protocolHandlers.get('app')!(new Request(url))
    return { response, html: await response.text() }
  }

  it('comes with Today rendered in by main, and a reload of it asks for its data as usual', async () => {
    const dir = newDir()
    await seed(dir, { companies: ['Acme'], settings: { theme: 'dark' } })
    await launchMain({ dataDir: dir, now: '2026-03-02T08:00:00' })
    expect(only().webContents.url).toBe('app://follow-through/index.html?opening')

    const opening = await served('app://follow-through/index.html?opening')
    expect(opening.response.headers.get('content-type')).toContain('text/html')
    expect(opening.response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(opening.html).toContain(
      '<div id="root" data-rendered="today"><main><h1>Today</h1><p>Acme</p></main></div>',
    )
    expect(opening.html).toContain('<html data-theme="dark" lang="en">')
    expect(firstAnswersIn(opening.html)).toMatchObject({
      settings: { theme: 'dark' },
      today: { dueToday: [expect.objectContaining({ company: 'Acme' })] },
    })

    // A reload keeps the address the page left (without `opening`): the plain page, no data.
    const reload = await served('app://follow-through/index.html#/settings')
    expect(reload.html).toContain('<div id="root"></div>')
    expect(reload.html).not.toContain('first-answers')
    expect(reload.html).not.toContain('data-theme')
  })

  it('opens on the plain page with its answers when Today fails to render there', async () => {
    const dir = newDir()
    await seed(dir, { companies: ['Unrenderable'] })
    await launchMain({ dataDir: dir, now: '2026-03-02T08:00:00' })
    const opening = await served('app://follow-through/index.html?opening')
    expect(opening.response.status).toBe(200)
    expect(opening.html).toContain('<div id="root"></div>')
    expect(opening.html).toContain('"company":"Unrenderable"')
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('the render failed'))
    expect((await served('app://elsewhere/index.html?opening')).response.status).toBe(404)
  })
})

describe('links and navigation', () => {
  it('opens nothing outside the app: window.open is denied, https included, and never reaches the OS (7)', async () => {
    await launchMain({ dataDir: newDir() })
    const contents = only().webContents
    for (const url of [
      'https://example.com/',
      'http://example.com/',
      'mailto:a@b.c',
      'file:///etc/passwd',
    ]) {
      expect(contents.tryOpenWindow(url)).toEqual({ action: 'deny' })
      expect(contents.tryNavigate(url)).toBe(false)
    }
    expect(contents.tryNavigate('app://follow-through/index.html#/settings')).toBe(true)
    expect(fake.openedExternally).toEqual([])
  })
})

describe('reminders in the background', () => {
  it('keeps running in the tray when the window is closed, and reminders still fire (6)', async () => {
    const dir = newDir()
    await seed(dir, { companies: ['Acme'] })
    await launchMain({ dataDir: dir, now: '2026-03-02T08:00:00' })
    const win = only()
    win.close()
    expect(fake.quit).toBe(false)
    expect(win.isDestroyed()).toBe(false)
    expect(win.isVisible()).toBe(false)
    expect(fake.notificationLog).toEqual([])

    // Two hours later, with the window still closed, the machine wakes: the reminder comes.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 2 * 3600_000)
    electron.powerMonitor.emit('resume')
    await settle()
    vi.useRealTimers()
    expect(fake.notificationLog).toEqual([
      { title: 'Send a thank-you email · Acme', body: thankDana },
    ])
  })

  it('quits with the last window when "keep running in the tray" is off (Windows and Linux)', async () => {
    const dir = newDir()
    await seed(dir, { settings: { keepInTray: false } })
    await launchMain({ dataDir: dir })
    expect(fake.trays).toEqual([])
    only().close()
    await vi.waitFor(() => expect(fake.quit).toBe(true))
  })

  it('keeps the app on macOS when the last window closes, as the platform expects', async () => {
    const dir = newDir()
    await seed(dir, { settings: { keepInTray: false } })
    await launchMain({ dataDir: dir, platform: 'darwin' })
    only().close()
    expect(fake.quit).toBe(false)
    electron.app.emit('activate')
    expect(only().isVisible()).toBe(true)
  })

  it('catches up on wake once, even when resume and unlock-screen come together', async () => {
    const dir = newDir()
    await seed(dir, { companies: ['Acme', 'Globex'] })
    await launchMain({ dataDir: dir, now: '2026-03-02T10:00:00' })
    // Start-up already caught up; a later wake finds nothing new.
    expect(fake.notificationLog).toEqual([
      {
        title: '2 follow-ups are due',
        body: 'Acme: send a thank-you email; Globex: send a thank-you email. Open Today to see them.',
      },
    ])
    electron.powerMonitor.emit('resume')
    electron.powerMonitor.emit('unlock-screen')
    await settle()
    expect(fake.notificationLog).toHaveLength(1)
  })
})

describe('notifications', () => {
  it('keeps each notification referenced, so a click after garbage collection still works (4)', async () => {
    const dir = newDir()
    const [acme] = await seed(dir, { companies: ['Acme'] })
    await launchMain({ dataDir: dir, now: '2026-03-02T10:00:00' })
    expect(fake.notificationLog).toEqual([
      { title: 'Send a thank-you email · Acme', body: thankDana },
    ])
    const api = await openPage(only())
    const events = listen(api)
    await settle()
    await collectGarbage()
    expect(clickNotification(0)).toBe(true)
    expect(events).toContainEqual({
      type: 'open-interview',
      interviewId: acme,
      actionKey: 'thank-you',
    })
  })

  it('a click with the window closed opens that interview once the new page listens (5)', async () => {
    const dir = newDir()
    const [acme] = await seed(dir, { companies: ['Acme'] })
    await launchMain({ dataDir: dir, now: '2026-03-02T10:00:00', argv: ['--hidden'] })
    expect(fake.windows).toEqual([])
    expect(clickNotification(0)).toBe(true)
    const win = only()
    expect(win.isVisible()).toBe(true)
    // Nothing is sent into a page that is still loading.
    expect(fake.sent.get(win.webContents) ?? []).toEqual([])
    const events = listen(await openPage(win))
    await settle()
    expect(events).toEqual([{ type: 'open-interview', interviewId: acme, actionKey: 'thank-you' }])
  })

  it('restores a minimised or hidden window on a click, and a summary opens Today', async () => {
    const dir = newDir()
    await seed(dir, { companies: ['Acme', 'Globex'] })
    await launchMain({ dataDir: dir, now: '2026-03-02T10:00:00' })
    const win = only()
    const events = listen(await openPage(win))
    await settle()
    win.minimize()
    win.close()
    expect(clickNotification(0)).toBe(true)
    expect(win.isVisible()).toBe(true)
    expect(win.isMinimized()).toBe(false)
    expect(events).toContainEqual({ type: 'open-today' })
  })

  it('marks a reminder delivered only once the notification was shown', async () => {
    const dir = newDir()
    await seed(dir, { companies: ['Acme'] })
    fake.notificationsReportShow = false
    fake.notificationsSupported = false
    await launchMain({ dataDir: dir, now: '2026-03-02T10:00:00' })
    // No OS notifications and no page yet: nothing could be shown, so nothing is marked.
    expect(fake.notificationLog).toEqual([])
    const events = listen(await openPage(only()))
    await settle()
    const reminder = events.find((e) => e.type === 'reminder')
    expect(reminder).toMatchObject({ title: 'Send a thank-you email · Acme' })
    // The page shows it as a banner and acknowledges; from then on it is delivered.
    const api = fake.mainWorld.api as { ackReminder(i: { id: string }): Promise<void> }
    await api.ackReminder({ id: (reminder as { id: string }).id })
    const stored = JSON.parse(fs.readFileSync(path.join(dir, 'reminders.json'), 'utf8'))
    expect(Object.keys(stored.delivered)).toHaveLength(1)
  })
})

describe('closing with unsaved edits', () => {
  it('asks before closing a page that holds unsaved edits, instead of silently staying open (2)', async () => {
    const dir = newDir()
    await seed(dir, { settings: { keepInTray: false } })
    await launchMain({ dataDir: dir })
    const win = only()
    win.webContents.pageBlocksUnload = true

    fake.messageBoxAnswer = 1 // Keep editing
    win.close()
    expect(fake.messageBoxes).toEqual([
      expect.objectContaining({ buttons: ['Leave without saving', 'Keep editing'] }),
    ])
    expect(win.isDestroyed()).toBe(false)
    expect(fake.quit).toBe(false)

    fake.messageBoxAnswer = 0 // Leave without saving
    win.close()
    expect(win.isDestroyed()).toBe(true)
    await vi.waitFor(() => expect(fake.quit).toBe(true))
  })

  it('asks on Quit from the tray too, and keeping the edits cancels the quit', async () => {
    await launchMain({ dataDir: newDir() })
    const win = only()
    win.webContents.pageBlocksUnload = true
    fake.messageBoxAnswer = 1
    fake.trays[0]!.choose('Quit Follow-Through')
    expect(fake.quit).toBe(false)
    expect(win.isVisible()).toBe(true)
    // Closing the window afterwards hides it to the tray again (the quit was called off).
    win.close()
    expect(win.isDestroyed()).toBe(false)
    expect(fake.messageBoxes).toHaveLength(1)
  })
})

describe('tray', () => {
  it('offers Open, Today, what is due and Quit', async () => {
    const dir = newDir()
    await seed(dir, { companies: ['Acme'] })
    await launchMain({ dataDir: dir, now: '2026-03-02T10:00:00' })
    const tray = fake.trays[0]!
    await settle()
    expect(tray.labels()).toEqual([
      'Open Follow-Through',
      'Today',
      '—',
      '1 follow-up due',
      '—',
      'Quit Follow-Through',
    ])
    expect(tray.tooltip).toBe('Follow-Through: 1 follow-up due')
    const win = only()
    const events = listen(await openPage(win))
    await settle()
    win.close()
    tray.choose('Today')
    expect(win.isVisible()).toBe(true)
    expect(events).toContainEqual({ type: 'open-today' })
    tray.choose('Quit Follow-Through')
    await vi.waitFor(() => expect(fake.quit).toBe(true))
  })

  it('updates what is due when the day changes, with the app left in the tray overnight', async () => {
    const dir = newDir()
    await seed(dir, { companies: ['Acme'] })
    // The first status check is due Tue 10 March (8 days on); the evening before, nothing is.
    const { host } = hostIn(dir, fixedClock('2026-03-02T08:00:00'))
    const [id] = (await host.api.listInterviews()).map((i) => i.id)
    await host.api.logAttempt({
      interviewId: id!,
      attempt: { kind: 'thank-you', date: '2026-03-02', channel: 'email' },
    })
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    vi.setSystemTime(new Date('2026-03-09T23:58:00'))
    await launchMain({ dataDir: dir, now: '2026-03-09T23:58:00' })
    await vi.advanceTimersByTimeAsync(0)
    const tray = fake.trays[0]!
    expect(tray.labels()).toContain('Nothing due today')
    await vi.advanceTimersByTimeAsync(3 * 60_000)
    vi.useRealTimers()
    await settle()
    expect(tray.labels()).toContain('1 follow-up due')
  })

  it('follows the setting: turning "keep running in the tray" off removes the icon', async () => {
    await launchMain({ dataDir: newDir() })
    const api = await openPage(only())
    expect(fake.trays).toHaveLength(1)
    await api.updateSettings({ patch: { keepInTray: false } })
    await settle()
    expect(fake.trays).toEqual([])
  })
})

describe('start at login', () => {
  it('writes and removes an XDG autostart entry on Linux that starts hidden', async () => {
    const config = newDir()
    process.env.XDG_CONFIG_HOME = config
    await launchMain({ dataDir: newDir() })
    const api = await openPage(only())
    const file = path.join(config, 'autostart', 'follow-through.desktop')
    expect(fs.existsSync(file)).toBe(false)
    await api.updateSettings({ patch: { startAtLogin: true } })
    await settle()
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^Exec=".+" ".+" "--hidden"$/m)
    await api.updateSettings({ patch: { startAtLogin: false } })
    await settle()
    expect(fs.existsSync(file)).toBe(false)
  })

  it('uses the login-item API on macOS and Windows', async () => {
    await launchMain({ dataDir: newDir(), platform: 'win32' })
    const api = await openPage(only())
    await api.updateSettings({ patch: { startAtLogin: true } })
    await settle()
    expect(fake.loginItem).toEqual({ openAtLogin: true, args: ['--hidden'] })
  })
})

describe('the IPC channel', () => {
  it('answers only our own page, and the page can tell main it listens', async () => {
    await launchMain({ dataDir: newDir() })
    const win = only()
    const api = await openPage(win)
    await expect(api.getSettings()).resolves.toMatchObject({ keepInTray: true })
    const { page } = await import('./testing/fake-electron')
    page.frameUrl = 'https://evil.example/'
    await expect(api.getSettings()).rejects.toMatchObject({ code: 'invalid-input' })
    page.frameUrl = null
    await expect(api.getSettings()).rejects.toMatchObject({ code: 'invalid-input' })
    // A foreign frame cannot pretend the page is ready either.
    electronModule().ipcRenderer.send(READY_CHANNEL)
    expect(fake.sent.get(win.webContents) ?? []).toEqual([])
  })
})
