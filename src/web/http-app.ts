import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  BINARY_CONTENT_TYPE,
  JSON_LENGTH_HEADER,
  META_HEADER,
  splitAudio,
} from '../contract/binary-wire'
import { AppError, toWireError, type WireError } from '../contract/errors'
import { TAKE_MAX_BYTES } from '../contract/take-schemas'
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
  /** The largest audio upload; the contract's limit unless a test needs a small one. */
  maxAudioBytes?: number
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

/**
 * Reads the whole body, or refuses it once past `limit`. A refused body is still drained, not
 * cut off: closing the socket mid-upload would reach the page as a network error instead of
 * the message saying why.
 */
async function readBody(req: IncomingMessage, limit: number, tooLarge: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size <= limit) chunks.push(chunk as Buffer)
  }
  if (size > limit) throw new AppError('invalid-input', tooLarge)
  return Buffer.concat(chunks)
}

/** JSON `{ input }`, or a binary upload: the input's other fields as JSON, then its audio. */
async function readInput(req: IncomingMessage, maxAudioBytes: number): Promise<unknown> {
  const binary = (req.headers['content-type'] ?? '').startsWith(BINARY_CONTENT_TYPE)
  if (!binary) {
    const body = await readBody(req, MAX_JSON_BYTES, 'That request is too large to save.')
    if (body.length === 0) return undefined
    try {
      return (JSON.parse(body.toString('utf8')) as { input?: unknown }).input
    } catch {
      throw new AppError('invalid-input', 'The request was not valid JSON.')
    }
  }
  const body = await readBody(
    req,
    // Room for the markers and analysis that come before the audio.
    maxAudioBytes + MAX_JSON_BYTES,
    `That recording is too large to save (the limit is ${Math.round(maxAudioBytes / 1024 / 1024)} MB).`,
  )
  const jsonLength = Number(req.headers[JSON_LENGTH_HEADER])
  if (!Number.isInteger(jsonLength) || jsonLength < 0 || jsonLength > body.length) {
    throw new AppError('invalid-input', 'The upload did not say where its details end.')
  }
  let rest: unknown
  try {
    rest = JSON.parse(body.subarray(0, jsonLength).toString('utf8'))
  } catch {
    throw new AppError('invalid-input', 'The upload’s details were not valid JSON.')
  }
  if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) {
    throw new AppError('invalid-input', 'The upload’s details were not an object.')
  }
  // A copy that owns exactly the audio, since Buffer slices share one big pooled allocation.
  const audio = body.buffer.slice(body.byteOffset + jsonLength, body.byteOffset + body.length)
  return { ...rest, audio }
}

/** A result with audio answers with the bytes themselves, typed as the audio they are. */
function sendResult(res: ServerResponse, value: unknown) {
  const split = splitAudio(value)
  if (!split) return sendJson(res, 200, { ok: true, value: value ?? null })
  const type = split.rest.mimeType
  res.writeHead(200, {
    'content-type':
      typeof type === 'string' && type.startsWith('audio/') ? type : BINARY_CONTENT_TYPE,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    [META_HEADER]: encodeURIComponent(JSON.stringify(split.rest)),
  })
  res.end(Buffer.from(split.audio))
}

/** The web host: the renderer's files, the API as `POST /api/<method>`, and events as SSE. */
export function createHttpApp({
  host,
  token,
  rendererDir,
  port,
  maxAudioBytes = TAKE_MAX_BYTES,
}: HttpAppOptions) {
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
      // This page can now show reminders: one that came due with no page open is sent to it.
      const leave = host.pages.connect()
      // Proxies and browsers drop idle streams; a comment line keeps this one open.
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000)
      req.on('close', () => {
        clearInterval(keepAlive)
        unsubscribe()
        leave()
      })
      return
    }

    const method = url.pathname.slice('/api/'.length)
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST for API calls.')
    try {
      const input = await readInput(req, maxAudioBytes)
      sendResult(res, await host.call(method, input))
    } catch (err) {
      const error = toWireError(err)
      if (error.code === 'internal') console.error(`[web] ${method} failed:`, err)
      sendJson(res, statusFor[error.code], { ok: false, error })
    }
  }
}
