import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  BINARY_CONTENT_TYPE,
  BINARY_FIELD_HEADER,
  binaryFieldOf,
  JSON_LENGTH_HEADER,
  META_HEADER,
  splitAudio,
} from '../contract/binary-wire'
import { AppError, toWireError, type WireError } from '../contract/errors'
import { ARCHIVE_MAX_BYTES } from '../contract/data-api'
import { mimeTypeSchema, TAKE_MAX_BYTES } from '../contract/take-schemas'
import type { Host } from '../host/create-host'
import { hostAllowed, originAllowed, tokenMatches } from './security'
import { firstPageWriter, type FirstPageWriter } from '../host/first-page'
import { serveStatic } from './static-files'

export const TOKEN_HEADER = 'x-follow-through-token'
/** What a page without this launch's token is told: where the fresh link is. */
export const STALE_LINK =
  'This page is from an earlier launch of Follow-Through, or its link was cut short. Open the link printed in the terminal where `npm run web` runs (it ends in ?token=…).'
/** Room for the longest valid form (a 10,000-character note and more), with margin to say why. */
const MAX_JSON_BYTES = 4 * 1024 * 1024

export interface HttpAppOptions {
  /** What the web host uses of a host: calls, pushed events, and the pages that show reminders. */
  host: Pick<Host, 'call' | 'events' | 'pages'>
  token: string
  rendererDir: string
  /** The port actually bound; known only after listen, hence a getter. */
  port(): number
  /** The largest audio upload; the contract's limit unless a test needs a small one. */
  maxAudioBytes?: number
  /** Writes the page the launch link opens (see first-page.ts); by default with answers alone. */
  firstPage?: FirstPageWriter
}

const statusFor: Record<WireError['code'], number> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  internal: 500,
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  // Serialise before the head goes out, so a value that can't be sent still gets an answer.
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
  res.end(text)
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

/** The media type without parameters: "application/json; charset=utf-8" → "application/json". */
const mediaType = (req: IncomingMessage) =>
  (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()

/**
 * JSON `{ input }`, or a binary upload: the input's other fields as JSON, then its audio. Any
 * other body is refused: a `text/plain` POST is what a page on another site can send without
 * asking first, so it never reaches a method.
 */
async function readInput(req: IncomingMessage, maxAudioBytes: number): Promise<unknown> {
  const type = mediaType(req)
  if (type !== 'application/json' && type !== BINARY_CONTENT_TYPE) {
    throw new UnsupportedBody()
  }
  const binary = type === BINARY_CONTENT_TYPE
  if (!binary) {
    const body = await readBody(req, MAX_JSON_BYTES, 'That request is too large to save.')
    if (body.length === 0) return undefined
    try {
      return (JSON.parse(body.toString('utf8')) as { input?: unknown }).input
    } catch {
      throw new AppError('invalid-input', 'The request was not valid JSON.')
    }
  }
  const field = binaryFieldOf(req.headers[BINARY_FIELD_HEADER] ?? 'audio')
  const body = await readBody(
    req,
    // Room for the markers and analysis that come before the audio.
    (field === 'archive' ? ARCHIVE_MAX_BYTES : maxAudioBytes) + MAX_JSON_BYTES,
    field === 'archive'
      ? 'That file is larger than any Follow-Through export (1 GB).'
      : `That recording is too large to save (the limit is ${Math.round(maxAudioBytes / 1024 / 1024)} MB).`,
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
  const bytes = body.buffer.slice(body.byteOffset + jsonLength, body.byteOffset + body.length)
  return { ...rest, [field]: bytes }
}

class UnsupportedBody extends Error {}

/** A result with audio answers with the bytes themselves, typed as the audio they are. */
function sendResult(res: ServerResponse, value: unknown) {
  const split = splitAudio(value)
  if (!split) return sendJson(res, 200, { ok: true, value: value ?? null })
  const type = split.rest.mimeType
  res.writeHead(200, {
    // Only a type that passes the same check as an upload goes into a header.
    'content-type': mimeTypeSchema.safeParse(type).success ? (type as string) : BINARY_CONTENT_TYPE,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    [META_HEADER]: encodeURIComponent(
      JSON.stringify(
        split.field === 'audio' ? split.rest : { ...split.rest, binaryField: split.field },
      ),
    ),
  })
  res.end(Buffer.from(split.audio))
}

/** The web host: the renderer's files, the API as `POST /api/<method>`, and events as SSE. */
export function createHttpApp(options: HttpAppOptions) {
  const handle = handler(options)
  // Nothing a request does may stop the process: anything thrown ends that request alone.
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((err: unknown) => {
      console.error('[web] request failed:', err)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: toWireError(err) })
      else res.destroy()
    })
  }
}

function handler({
  host,
  token,
  rendererDir,
  port,
  maxAudioBytes = TAKE_MAX_BYTES,
  firstPage = firstPageWriter(Promise.resolve(null)),
}: HttpAppOptions) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (!hostAllowed(req, port())) return refuse(res, 421, 'Unknown host.')
    if (!originAllowed(req, port()))
      return refuse(res, 403, 'Requests from other sites are refused.')
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return refuse(res, 405, 'Method not allowed.')
      // The page opened from the link with this launch's token comes with its first screen,
      // rendered, and the answers it was rendered from. Without the token (a reload, another
      // local user) it has to ask, as always. The link opens on Today: the page strips the token
      // from its address, so a reload on another screen never gets Today written in.
      const opening =
        req.method === 'GET' &&
        (url.pathname === '/' || url.pathname === '/index.html') &&
        tokenMatches(url.searchParams.get('token'), token)
      if (!opening) return serveStatic(rendererDir, url.pathname, res)
      return serveStatic(rendererDir, url.pathname, res, await firstPage.forOpening(host))
    }

    const events = url.pathname === '/api/events' && req.method === 'GET'
    // EventSource can't send headers, so the event stream alone may carry the token in its
    // address; every call must send it in the header.
    const given = req.headers[TOKEN_HEADER] ?? (events ? url.searchParams.get('token') : null)
    if (!tokenMatches(Array.isArray(given) ? given[0] : given, token)) {
      return refuse(res, 401, STALE_LINK)
    }

    if (events) {
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
      if (err instanceof UnsupportedBody) {
        req.resume()
        return refuse(res, 415, 'API calls must send JSON (application/json) or a recording.')
      }
      const error = toWireError(err)
      if (error.code === 'internal') console.error(`[web] ${method} failed:`, err)
      sendJson(res, statusFor[error.code], { ok: false, error })
    }
  }
}
