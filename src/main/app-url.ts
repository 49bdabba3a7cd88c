import { app } from 'electron'
import { OPENING_PARAM } from '../contract/first-answers'

/** Production pages come from this custom scheme, never file://, so origins can be checked. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'follow-through'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/**
 * The dev server's URL under `electron-vite dev`. A packaged build ignores the variable: anyone
 * who can set the environment would otherwise point the app's window, and its API, at any site.
 */
export function devServerUrl(): string | null {
  if (app.isPackaged) return null
  return process.env.ELECTRON_RENDERER_URL || null
}

/**
 * Where the window loads the app, optionally on a hash route (`#/interviews/<id>`). A window
 * opening on Today gets it rendered in by main (see protocol.ts).
 */
export function rendererUrl(hash = ''): string {
  const opening = hash === '' ? `?${OPENING_PARAM}` : ''
  return `${devServerUrl() ?? `${APP_ORIGIN}/index.html${opening}`}${hash}`
}

/** Whether a URL belongs to our own renderer (and not to anything it might be navigated to). */
export function isOwnUrl(url: string | undefined | null): boolean {
  if (!url) return false
  try {
    const origin = new URL(url).origin
    const dev = devServerUrl()
    return url.startsWith(`${APP_ORIGIN}/`) || (!!dev && origin === new URL(dev).origin)
  } catch {
    return false
  }
}
