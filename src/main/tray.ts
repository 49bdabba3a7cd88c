import { Menu, nativeImage, Tray } from 'electron'

export interface TrayActions {
  open(): void
  today(): void
  quit(): void
}

/** "Nothing due today", "1 follow-up due", "3 follow-ups due". */
export function dueLabel(count: number): string {
  if (count === 0) return 'Nothing due today'
  return `${count} follow-up${count === 1 ? '' : 's'} due`
}

/**
 * The tray icon that keeps the app reachable while its window is closed: Open, Today, what is
 * due, Quit. It exists only while "keep running in the tray" is on.
 */
export class AppTray {
  #tray: Tray | null = null
  #count = 0

  constructor(
    private readonly actions: TrayActions,
    private readonly iconPath: string,
  ) {}

  get visible(): boolean {
    return !!this.#tray
  }

  show(): void {
    if (this.#tray) return
    const image = nativeImage.createFromPath(this.iconPath)
    // macOS draws template images in the menu bar's own colour (light or dark).
    if (process.platform === 'darwin') image.setTemplateImage(true)
    this.#tray = new Tray(image)
    this.#tray.on('click', () => this.actions.open())
    this.#render()
  }

  hide(): void {
    this.#tray?.destroy()
    this.#tray = null
  }

  /** How many steps are overdue or due today. */
  update(count: number): void {
    this.#count = count
    this.#render()
  }

  #render() {
    if (!this.#tray) return
    const due = dueLabel(this.#count)
    this.#tray.setToolTip(`Follow-Through: ${due.toLowerCase()}`)
    this.#tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: 'Open Follow-Through', click: () => this.actions.open() },
        { label: 'Today', click: () => this.actions.today() },
        { type: 'separator' },
        { label: due, enabled: false },
        { type: 'separator' },
        { label: 'Quit Follow-Through', click: () => this.actions.quit() },
      ]),
    )
  }
}
