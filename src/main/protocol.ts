import { net, protocol } from 'electron'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { contentSecurityPolicy } from '../contract/content-security-policy'
import { OPENING_PARAM } from '../contract/first-answers'
import { APP_HOST, APP_SCHEME } from './app-url'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ])
}

/**
 * Serves the built renderer from `rendererDir`, refusing anything outside it. The page a window
 * opens with (`?opening`, see app-url.ts) is written by `opening`: Today rendered in, with the
 * answers it was rendered from. Should that fail, the page is served as it is and asks for them.
 */
export function serveRenderer(
  rendererDir: string,
  opening?: () => Promise<(html: string) => string>,
): void {
  const root = path.resolve(rendererDir)
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = path.resolve(root, '.' + decodeURIComponent(url.pathname))
    if (url.host !== APP_HOST || !file.startsWith(root + path.sep)) {
      return new Response('Not found', { status: 404 })
    }
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    headers.set('content-security-policy', contentSecurityPolicy)
    headers.set('x-content-type-options', 'nosniff')
    if (
      opening &&
      response.ok &&
      url.pathname === '/index.html' &&
      url.searchParams.has(OPENING_PARAM)
    ) {
      const html = await response.text()
      let page = html
      try {
        page = (await opening())(html)
      } catch (err) {
        console.error('[protocol] the window opens without Today rendered in:', err)
      }
      headers.set('content-type', 'text/html; charset=utf-8')
      return new Response(page, { status: 200, headers })
    }
    return new Response(response.body, { status: response.status, headers })
  })
}
