import { dialog, type BrowserWindow } from 'electron'

/**
 * In Electron a page's `beforeunload` that calls preventDefault cancels a close or a quit silently:
 * no dialog, and the window just stays. `will-prevent-unload` is where main can ask instead.
 * Calling preventDefault there ignores the page's handler and lets it unload.
 */
export function guardUnload(win: BrowserWindow, onKept: () => void): void {
  win.webContents.on('will-prevent-unload', (event) => {
    if (!win.isVisible()) win.show()
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Leave without saving', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'You have unsaved changes to a call script.',
      detail: 'If you leave now, those changes are lost.',
    })
    if (choice === 0) event.preventDefault()
    else onKept()
  })
}
