import { app, session, type WebContents } from 'electron'
import { isOwnUrl } from './app-url'
import { contentSecurityPolicy } from '../contract/content-security-policy'

/** Our window may capture audio (for recordings) and nothing else; no other origin gets anything. */
export function installPermissionHandlers(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const audioOnly =
      permission === 'media' &&
      (details as { mediaTypes?: string[] }).mediaTypes?.every((t) => t === 'audio') === true
    callback(audioOnly && isOwnUrl(webContents.getURL()) && isOwnUrl(details.requestingUrl))
  })
  ses.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) => {
    const kind = (details as { mediaType?: string }).mediaType
    return permission === 'media' && kind !== 'video' && isOwnUrl(`${requestingOrigin}/`)
  })
  // The dev server sets no CSP of its own; production responses carry it from the protocol.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    })
  })
}

/**
 * No navigation away from the app and no new windows, https included: the app links to nothing
 * outside itself, so a link that tries (injected text, a mistake) opens nothing at all. The only
 * thing handed to the OS is a mailto link the host builds itself (DesktopShell.openMail).
 */
export function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}
