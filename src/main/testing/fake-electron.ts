/**
 * A small fake of exactly the Electron APIs that src/main and src/preload use, for unit tests
 * where no Electron binary can run. Each behaviour that matters cites the Electron document it
 * mirrors (https://www.electronjs.org/docs/latest/api/...). Use it with
 * `vi.mock('electron', () => import('./testing/fake-electron').then((m) => m.electronModule()))`
 * and call `resetFakeElectron()` before each test.
 */
import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** An Electron-style event whose default can be prevented. */
export class FakeEvent {
  defaultPrevented = false
  constructor(extra: Record<string, unknown> = {}) {
    Object.assign(this, extra)
  }
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

// ---------------------------------------------------------------------------------------------
// contextBridge: docs/api/context-bridge.md, "Parameter / Error / Return Type support".
// Values are copied, not shared: objects lose their prototype, functions are proxied, promises
// are proxied when they are a return value, and an Error keeps only its message ("any custom
// properties on the Error object will be lost").

function bridgeError(err: unknown): unknown {
  if (err instanceof Error) return new Error(err.message)
  return bridgeCopy(err)
}

export function bridgeCopy(value: unknown, seen = new WeakMap<object, unknown>()): unknown {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown
    return (...args: unknown[]) => {
      let result: unknown
      try {
        result = fn(...args.map((a) => bridgeCopy(a)))
      } catch (err) {
        throw bridgeError(err)
      }
      if (result instanceof Promise) {
        return result.then(
          (v) => bridgeCopy(v),
          (e) => Promise.reject(bridgeError(e)),
        )
      }
      return bridgeCopy(result)
    }
  }
  if (typeof value !== 'object' || value === null) return value
  if (value instanceof Error) return bridgeError(value)
  if (value instanceof ArrayBuffer) return value.slice(0)
  if (ArrayBuffer.isView(value) || value instanceof Date) return structuredClone(value)
  if (seen.has(value)) return seen.get(value)
  if (Array.isArray(value)) {
    const out: unknown[] = []
    seen.set(value, out)
    for (const item of value) out.push(bridgeCopy(item, seen))
    return out
  }
  const out: Record<string, unknown> = {}
  seen.set(value, out)
  for (const [k, v] of Object.entries(value)) out[k] = bridgeCopy(v, seen)
  return out
}

// ---------------------------------------------------------------------------------------------
// The fake's state, reset before each test.

interface SentMessage {
  channel: string
  payload: unknown
}

export interface FakeState {
  ready: boolean
  readyWaiters: (() => void)[]
  quit: boolean
  quitCalls: number
  packaged: boolean
  paths: Record<string, string>
  appPath: string
  appUserModelId: string | null
  loginItem: { openAtLogin: boolean; args?: string[] }
  wasOpenedAtLogin: boolean
  privilegedSchemes: unknown[]
  protocolHandlers: Map<string, (request: Request) => Promise<Response> | Response>
  permissionRequestHandler: unknown
  permissionCheckHandler: unknown
  headersHandler: unknown
  windows: FakeBrowserWindow[]
  trays: FakeTray[]
  notificationsSupported: boolean
  /** What each notification said, in order (kept apart from the objects, which may be collected). */
  notificationLog: { title: string; body: string }[]
  /** The OS's weak hold on shown notifications: a collected one can no longer be clicked. */
  shownNotifications: WeakRef<FakeNotification>[]
  /** Whether a shown notification reports `show` at once (Linux servers sometimes never do). */
  notificationsReportShow: boolean
  openedExternally: string[]
  /** Answer the next `showMessageBoxSync` gives, and what it was asked. */
  messageBoxAnswer: number
  messageBoxes: unknown[]
  saveDialogResult: { canceled: boolean; filePath?: string }
  /** What the preload exposed, as the page sees it (copied across the bridge). */
  mainWorld: Record<string, unknown>
  /** Messages main sent to pages, by webContents. */
  sent: Map<FakeWebContents, SentMessage[]>
}

/**
 * Single-instance locks are held per user-data folder, across processes: docs/api/app.md,
 * `app.requestSingleInstanceLock` ("the lock is tied to the userData path"). Shared by every
 * fake "process" in a test run, like a real file lock on disk would be.
 */
export const heldInstanceLocks: Set<string> = ((
  globalThis as { __fakeElectronLocks?: Set<string> }
).__fakeElectronLocks ??= new Set<string>())

const freshState = (): FakeState => ({
  ready: false,
  readyWaiters: [],
  quit: false,
  quitCalls: 0,
  packaged: false,
  paths: {
    home: os.homedir(),
    userData: path.join(os.tmpdir(), 'fake-electron-config', 'Follow-Through'),
    documents: path.join(os.tmpdir(), 'fake-electron-documents'),
  },
  appPath: path.resolve(import.meta.dirname, '../../..'),
  appUserModelId: null,
  loginItem: { openAtLogin: false },
  wasOpenedAtLogin: false,
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  headersHandler: null,
  windows: [],
  trays: [],
  notificationsSupported: true,
  notificationLog: [],
  shownNotifications: [],
  notificationsReportShow: true,
  openedExternally: [],
  messageBoxAnswer: 0,
  messageBoxes: [],
  saveDialogResult: { canceled: true },
  mainWorld: {},
  sent: new Map(),
})

/**
 * One state for every copy of this module: tests re-import main with `vi.resetModules()`, which
 * may evaluate this file again, and all copies must act on the same fake.
 */
const shared = ((globalThis as { __fakeElectron?: Record<string, unknown> }).__fakeElectron ??= {})

export const fake: FakeState = (shared.state ??= freshState()) as FakeState

// ---------------------------------------------------------------------------------------------
// app: docs/api/app.md

class FakeApp extends EventEmitter {
  get isPackaged(): boolean {
    return fake.packaged
  }

  isReady(): boolean {
    return fake.ready
  }

  whenReady(): Promise<void> {
    if (fake.ready) return Promise.resolve()
    return new Promise((resolve) => fake.readyWaiters.push(resolve))
  }

  getPath(name: string): string {
    const p = fake.paths[name]
    if (!p) throw new Error(`Failed to get '${name}' path`)
    return p
  }

  /** docs: "If you want to change userData, call it before the ready event". */
  setPath(name: string, value: string): void {
    fake.paths[name] = value
  }

  getAppPath(): string {
    return fake.appPath
  }

  requestSingleInstanceLock(): boolean {
    const key = path.resolve(this.getPath('userData'))
    if (heldInstanceLocks.has(key)) return false
    heldInstanceLocks.add(key)
    return true
  }

  setAppUserModelId(id: string): void {
    fake.appUserModelId = id
  }

  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void {
    fake.loginItem = { ...settings }
  }

  getLoginItemSettings() {
    return { ...fake.loginItem, wasOpenedAtLogin: fake.wasOpenedAtLogin }
  }

  /**
   * docs: `before-quit` (preventable), then every window is closed (any may cancel, which aborts
   * the quit), then `will-quit` and `quit`. `window-all-closed` is not emitted on this path.
   */
  quit(): void {
    fake.quitCalls++
    const before = new FakeEvent()
    this.emit('before-quit', before)
    if (before.defaultPrevented) return
    for (const win of [...fake.windows]) {
      win.close({ quitting: true })
      if (!win.isDestroyed()) return
    }
    const will = new FakeEvent()
    this.emit('will-quit', will)
    if (will.defaultPrevented) return
    fake.quit = true
    this.emit('quit')
  }

  exit(): void {
    fake.quit = true
  }
}

// ---------------------------------------------------------------------------------------------
// webContents and BrowserWindow: docs/api/web-contents.md, docs/api/browser-window.md

let nextContentsId = 1

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++
  url = ''
  destroyed = false
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  /** The page's own `beforeunload` calls preventDefault (unsaved edits). */
  pageBlocksUnload = false
  /** Page-side listeners registered through the preload's ipcRenderer. */
  readonly pageListeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>()

  getURL(): string {
    return this.url
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  get mainFrame() {
    return { url: this.url }
  }

  /** docs: main → page messages arrive on `ipcRenderer.on(channel)`; none when nobody listens. */
  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    const log = fake.sent.get(this) ?? []
    log.push({ channel, payload: structuredClone(payload) })
    fake.sent.set(this, log)
    for (const l of this.pageListeners.get(channel) ?? []) l({}, structuredClone(payload))
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }

  /** Test control: the page asks to navigate; returns whether main let it. */
  tryNavigate(url: string): boolean {
    const event = new FakeEvent({ url })
    this.emit('will-navigate', event, url)
    return !event.defaultPrevented
  }

  /** Test control: the page calls window.open(url); returns main's answer. */
  tryOpenWindow(url: string): { action: string } {
    return this.windowOpenHandler?.({ url }) ?? { action: 'allow' }
  }

  /** Test control: a full reload starts (a new document in the main frame). */
  reload(): void {
    this.emit(
      'did-start-navigation',
      new FakeEvent({ url: this.url, isMainFrame: true, isSameDocument: false }),
    )
    this.pageListeners.clear()
    this.emit('did-finish-load')
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static getAllWindows(): FakeBrowserWindow[] {
    return [...fake.windows]
  }

  readonly webContents = new FakeWebContents()
  visible = false
  minimized = false
  focused = false
  #destroyed = false

  constructor(readonly options: Record<string, unknown> = {}) {
    super()
    fake.windows.push(this)
    // docs/api/app.md: `web-contents-created` is emitted for every new webContents.
    appInstance.emit('web-contents-created', new FakeEvent(), this.webContents)
  }

  loadURL(url: string): Promise<void> {
    this.webContents.url = url
    return Promise.resolve()
  }

  show(): void {
    this.visible = true
    this.minimized = false
  }
  hide(): void {
    this.visible = false
  }
  focus(): void {
    this.focused = true
  }
  isVisible(): boolean {
    return this.visible
  }
  isMinimized(): boolean {
    return this.minimized
  }
  minimize(): void {
    this.minimized = true
  }
  restore(): void {
    this.minimized = false
  }
  isDestroyed(): boolean {
    return this.#destroyed
  }

  /**
   * docs/api/browser-window.md, event `close`: preventDefault cancels the close. Then the page's
   * `beforeunload` runs: in Electron a handler that prevents it cancels the close *silently* (no
   * dialog). docs/api/web-contents.md, event `will-prevent-unload`: "Calling
   * event.preventDefault() will ignore the beforeunload event handler and allow the page to be
   * unloaded." When the last window goes (and the app is not quitting) `window-all-closed` is
   * emitted, and the app quits by default only if nobody handles it (docs/api/app.md).
   */
  close({ quitting = false } = {}): void {
    if (this.#destroyed) return
    const event = new FakeEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return
    if (this.webContents.pageBlocksUnload) {
      const unload = new FakeEvent()
      this.webContents.emit('will-prevent-unload', unload)
      if (!unload.defaultPrevented) return
    }
    this.destroy()
    if (!quitting && fake.windows.length === 0) {
      if (appInstance.listenerCount('window-all-closed') > 0) appInstance.emit('window-all-closed')
      else appInstance.quit()
    }
  }

  destroy(): void {
    if (this.#destroyed) return
    this.#destroyed = true
    this.visible = false
    fake.windows = fake.windows.filter((w) => w !== this)
    this.webContents.destroyed = true
    this.emit('closed')
    this.webContents.emit('destroyed')
  }
}

// ---------------------------------------------------------------------------------------------
// IPC: docs/api/ipc-main.md, docs/api/ipc-renderer.md. Arguments travel by structured clone.

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>()

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    this.handlers.set(channel, handler)
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
}

/** Which page the preload runs in: its webContents and its frame's URL. */
export const page = (shared.page ??= {
  contents: null,
  /** docs: `senderFrame` can be null when the frame navigated away or was destroyed. */
  frameUrl: 'app://follow-through/index.html',
}) as { contents: FakeWebContents | null; frameUrl: string | null }

function senderEvent(extra: Record<string, unknown> = {}) {
  const contents = page.contents ?? fake.windows[0]?.webContents ?? new FakeWebContents()
  return {
    sender: contents,
    senderFrame: page.frameUrl === null ? null : { url: page.frameUrl },
    ...extra,
  }
}

class FakeIpcRenderer {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = ipcMainInstance.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    // docs: "Errors thrown through handle in the main process are not transparent"; our
    // handlers never throw (they return envelopes), so a throw here is a bug in the test.
    return structuredClone(await handler(senderEvent(), ...args.map((a) => structuredClone(a))))
  }

  send(channel: string, ...args: unknown[]): void {
    ipcMainInstance.emit(channel, senderEvent(), ...args.map((a) => structuredClone(a)))
  }

  on(channel: string, listener: (event: unknown, payload: unknown) => void): this {
    const contents = page.contents ?? fake.windows[0]?.webContents
    if (!contents) throw new Error('no page to listen in')
    const set = contents.pageListeners.get(channel) ?? new Set()
    set.add(listener)
    contents.pageListeners.set(channel, set)
    return this
  }

  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): this {
    for (const w of fake.windows) w.webContents.pageListeners.get(channel)?.delete(listener)
    page.contents?.pageListeners.get(channel)?.delete(listener)
    return this
  }
}

const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    fake.mainWorld[key] = bridgeCopy(api)
  },
}

// ---------------------------------------------------------------------------------------------
// Notification: docs/api/notification.md. `show` is emitted when shown, `failed` (Windows) when
// it could not be. Electron holds a Notification weakly: without a live reference in JS it can be
// garbage-collected and its `click` is never emitted (electron/electron#16922, #12690).

export class FakeNotification extends EventEmitter {
  static isSupported(): boolean {
    return fake.notificationsSupported
  }

  constructor(readonly options: { title: string; body: string; icon?: string }) {
    super()
  }

  show(): void {
    fake.notificationLog.push({ title: this.options.title, body: this.options.body })
    fake.shownNotifications.push(new WeakRef(this))
    if (fake.notificationsReportShow) queueMicrotask(() => this.emit('show', new FakeEvent()))
  }

  close(): void {
    this.emit('close', new FakeEvent())
  }
}

/** Test control: the user clicks the n-th shown notification; false if it was collected. */
export function clickNotification(index: number): boolean {
  const n = fake.shownNotifications[index]?.deref()
  if (!n) return false
  n.emit('click', new FakeEvent())
  return true
}

/**
 * Test control: run V8's garbage collector (vitest runs these tests with --expose-gc). WeakRef
 * targets stay alive until the current job ends, so wait for a macrotask first.
 */
export async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run with --expose-gc to test garbage collection')
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0))
    gc()
  }
}

// ---------------------------------------------------------------------------------------------
// Tray, Menu, nativeImage: docs/api/tray.md, docs/api/menu.md, docs/api/native-image.md

interface MenuItem {
  label?: string
  type?: string
  enabled?: boolean
  click?: () => void
}

export class FakeTray extends EventEmitter {
  menu: { items: MenuItem[] } | null = null
  tooltip = ''
  destroyed = false

  constructor(readonly image: FakeImage) {
    super()
    fake.trays.push(this)
  }
  setContextMenu(menu: { items: MenuItem[] }): void {
    this.menu = menu
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip
  }
  destroy(): void {
    this.destroyed = true
    fake.trays = fake.trays.filter((t) => t !== this)
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  /** Test control: the labels of the menu, as shown. */
  labels(): string[] {
    return (this.menu?.items ?? []).map((i) => (i.type === 'separator' ? '—' : (i.label ?? '')))
  }
  /** Test control: the user picks a menu item. */
  choose(label: string): void {
    const item = this.menu?.items.find((i) => i.label === label)
    if (!item) throw new Error(`no tray menu item "${label}"`)
    if (item.enabled === false) throw new Error(`"${label}" is disabled`)
    item.click?.()
  }
}

export class FakeImage {
  template = false
  constructor(readonly path: string) {}
  /** docs: createFromPath gives an empty image when the file cannot be read. */
  isEmpty(): boolean {
    return !fs.existsSync(this.path)
  }
  setTemplateImage(template: boolean): void {
    this.template = template
  }
}

// ---------------------------------------------------------------------------------------------
// protocol, session, net: docs/api/protocol.md, docs/api/session.md, docs/api/net.md

const protocol = {
  /** docs: "This method can only be used before the ready event of the app module gets emitted." */
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    if (fake.ready)
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    fake.privilegedSchemes.push(...schemes)
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    if (!fake.ready) throw new Error('protocol.handle must be called after app is ready')
    fake.protocolHandlers.set(scheme, handler)
  },
}

const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: unknown) {
      fake.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler: unknown) {
      fake.permissionCheckHandler = handler
    },
    webRequest: {
      onHeadersReceived(handler: unknown) {
        fake.headersHandler = handler
      },
    },
  },
}

const net = {
  async fetch(url: string): Promise<Response> {
    try {
      return new Response(fs.readFileSync(fileURLToPath(url)))
    } catch {
      return new Response('not found', { status: 404 })
    }
  },
}

// ---------------------------------------------------------------------------------------------
// The module and its controls.

const appInstance = (shared.app ??= new FakeApp()) as FakeApp
const ipcMainInstance = (shared.ipcMain ??= new FakeIpcMain()) as FakeIpcMain
const powerMonitorInstance = (shared.powerMonitor ??= new EventEmitter()) as EventEmitter

/** What `import … from 'electron'` gives main and preload under test. */
export function electronModule() {
  const module = {
    app: appInstance,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: ipcMainInstance,
    ipcRenderer: new FakeIpcRenderer(),
    contextBridge,
    Notification: FakeNotification,
    Tray: FakeTray,
    Menu: { buildFromTemplate: (items: MenuItem[]) => ({ items }) },
    nativeImage: { createFromPath: (p: string) => new FakeImage(p) },
    nativeTheme: { shouldUseDarkColors: false },
    powerMonitor: powerMonitorInstance,
    protocol,
    session,
    net,
    shell: {
      openExternal: async (url: string) => {
        fake.openedExternally.push(url)
      },
      showItemInFolder: () => undefined,
    },
    dialog: {
      showMessageBoxSync: (_win: unknown, options: unknown) => {
        fake.messageBoxes.push(options)
        return fake.messageBoxAnswer
      },
      showSaveDialog: async () => fake.saveDialogResult,
    },
    systemPreferences: {
      getMediaAccessStatus: () => 'granted',
      askForMediaAccess: async () => true,
    },
  }
  return { ...module, default: module }
}

export const electron = {
  app: appInstance,
  ipcMain: ipcMainInstance,
  powerMonitor: powerMonitorInstance,
}

/** A fresh fake for the next test (the instance locks persist, as files on disk would). */
export function resetFakeElectron(): void {
  Object.assign(fake, freshState())
  page.contents = null
  page.frameUrl = 'app://follow-through/index.html'
  appInstance.removeAllListeners()
  ipcMainInstance.removeAllListeners()
  ipcMainInstance.handlers.clear()
  powerMonitorInstance.removeAllListeners()
}

/** Test control: Electron finished starting; `whenReady()` resolves and `ready` is emitted. */
export async function emitReady(): Promise<void> {
  fake.ready = true
  appInstance.emit('ready', new FakeEvent())
  for (const resolve of fake.readyWaiters.splice(0)) resolve()
  // Let the app's `whenReady().then(start)` run to its first await and past it.
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0))
}

/** Test control: the preload's page in `win` runs: bind ipcRenderer to its webContents. */
export function pageIn(win: FakeBrowserWindow, url = 'app://follow-through/index.html'): void {
  page.contents = win.webContents
  page.frameUrl = url
  win.webContents.url = url
}
