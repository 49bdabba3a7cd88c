import type { IncomingMessage, ServerResponse } from 'node:http'
import { AppError, toWireError, type WireError } from '../contract/errors'
import type { Host } from '../host/create-host'
import { hostAllowed, originAllowed, tokenMatches } from './security'
import { serveStatic } from './static-files'

export const TOKEN_HEADER = 'x-follow-through-token'
/** Room for the longest valid form (a 10,000-character note and more), with margin to say why. */
const MAX_JSON_BYTES = 4 * 1024 * 1024

export interface HttpAppOptions {
  host: Host
  token: string
  rendererDir: string
  /** The port actually bound; known only after listen, hence a getter. */
  port(): number
}

const statusFor: Record<WireError['code'], number> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  internal: 500,
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

function refuse(res: ServerResponse, status: number, message: string) {
  sendJson(res, status, { ok: false, error: { code: 'invalid-input', message } })
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new AppError('invalid-input', 'That request is too large to save.')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** The web host: the renderer's files, the API as `POST /api/<method>`, and events as SSE. */
export function createHttpApp({ host, token, rendererDir, port }: HttpAppOptions) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (!hostAllowed(req, port())) return refuse(res, 421, 'Unknown host.')
    if (!originAllowed(req, port()))
      return refuse(res, 403, 'Requests from other sites are refused.')
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return refuse(res, 405, 'Method not allowed.')
      return serveStatic(rendererDir, url.pathname, res)
    }

    const given = req.headers[TOKEN_HEADER] ?? url.searchParams.get('token')
    if (!tokenMatches(Array.isArray(given) ? given[0] : given, token)) {
      return refuse(res, 401, 'This page is from an earlier launch. Open the link the app printed.')
    }

    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      })
      res.write(': connected\n\n')
      const unsubscribe = host.events.subscribe((event) => {
        res.write(`data: ${JSON.stringify(event)}\n\n`)
      })
      // Proxies and browsers drop idle streams; a comment line keeps this one open.
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000)
      req.on('close', () => {
        clearInterval(keepAlive)
        unsubscribe()
      })
      return
    }

    const method = url.pathname.slice('/api/'.length)
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST for API calls.')
    try {
      const body = await readBody(req, MAX_JSON_BYTES)
      let input: unknown
      if (body.length > 0) {
        try {
          input = (JSON.parse(body.toString('utf8')) as { input?: unknown }).input
        } catch {
          throw new AppError('invalid-input', 'The request was not valid JSON.')
        }
      }
      const value = await host.call(method, input)
      sendJson(res, 200, { ok: true, value: value ?? null })
    } catch (err) {
      const error = toWireError(err)
      if (error.code === 'internal') console.error(`[web] ${method} failed:`, err)
      sendJson(res, statusFor[error.code], { ok: false, error })
    }
  }
}
