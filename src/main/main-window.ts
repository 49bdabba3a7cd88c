import type { BrowserWindow, WebContents } from 'electron'
import { EVENT_CHANNEL, type AppEvent } from '../contract/events'
import { guardUnload } from './unload-guard'
import { createMainWindow } from './window'

/** Where a notification click or the tray menu takes the user. */
export type OpenTarget = { interviewId: string; actionKey?: string } | { today: true }

export interface MainWindowOptions {
  /** Read at each close: hide to the tray (reminders keep running) instead of closing. */
  keepInTray(): boolean
  /** The page listens for events: it can show reminders itself. Returns "it stopped listening". */
  onRendererReady?(): () => void
}

const toEvent = (target: OpenTarget): AppEvent =>
  'today' in target
    ? { type: 'open-today' }
    : { type: 'open-interview', interviewId: target.interviewId, actionKey: target.actionKey }

/**
 * The one app window. A route asked for before the page listens (a click on a notification when
 * the window was closed, or not yet created) is kept and sent once the preload says the page
 * subscribed, so it never goes to a page that cannot hear it.
 */
export class MainWindow {
  #win: BrowserWindow | null = null
  #ready = false
  #queued: AppEvent | null = null
  #leave: (() => void) | null = null
  /** Set by `before-quit`: closing then really closes, whatever the tray setting. */
  quitting = false

  constructor(readonly options: MainWindowOptions) {}

  get window(): BrowserWindow | null {
    return this.#win && !this.#win.isDestroyed() ? this.#win : null
  }

  /** Brings the window forward, restoring or creating it, optionally on a route. */
  show(target?: OpenTarget): BrowserWindow {
    const win = this.window ?? this.#create()
    if (win.isMinimized()) win.restore()
    win.show()
    win.focus()
    if (target) {
      this.#queued = toEvent(target)
      this.#flush()
    }
    return win
  }

  /** Forwards a host event to the page, if it is listening. */
  send(event: AppEvent): void {
    if (this.#ready) this.window?.webContents.send(EVENT_CHANNEL, event)
  }

  /** The preload reports that the page in `contents` subscribed to events. */
  rendererReady(contents: WebContents): void {
    if (contents !== this.window?.webContents) return
    if (!this.#ready) {
      this.#ready = true
      this.#leave = this.options.onRendererReady?.() ?? null
    }
    this.#flush()
  }

  #flush() {
    const win = this.window
    if (!this.#ready || !win || !this.#queued) return
    win.webContents.send(EVENT_CHANNEL, this.#queued)
    this.#queued = null
  }

  #notReady() {
    this.#ready = false
    this.#leave?.()
    this.#leave = null
  }

  #create(): BrowserWindow {
    const win = createMainWindow()
    this.#win = win
    this.#notReady()
    win.on('close', (event) => {
      if (!this.quitting && this.options.keepInTray()) {
        event.preventDefault()
        win.hide()
      }
    })
    win.on('closed', () => {
      if (this.#win !== win) return
      this.#win = null
      this.#notReady()
    })
    // A reload starts a new page, which must subscribe again before it gets anything.
    win.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) this.#notReady()
    })
    guardUnload(win, () => {
      this.quitting = false
    })
    return win
  }
}
