/** Production pages come from this custom scheme, never file://, so origins can be checked. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'follow-through'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The dev server's URL when run by `electron-vite dev`, else our custom protocol. */
export function rendererUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? `${APP_ORIGIN}/index.html`
}

/** Whether a URL belongs to our own renderer (and not to anything it might be navigated to). */
export function isOwnUrl(url: string | undefined | null): boolean {
  if (!url) return false
  try {
    const origin = new URL(url).origin
    const dev = process.env.ELECTRON_RENDERER_URL
    return url.startsWith(`${APP_ORIGIN}/`) || (!!dev && origin === new URL(dev).origin)
  } catch {
    return false
  }
}
