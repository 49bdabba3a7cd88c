import type { AppClient } from '../../contract/api'
import {
  BINARY_CONTENT_TYPE,
  BINARY_FIELD_HEADER,
  binaryFieldOf,
  JSON_LENGTH_HEADER,
  META_HEADER,
  splitAudio,
} from '../../contract/binary-wire'
import { AppError, isWireError } from '../../contract/errors'
import type { AppEvent } from '../../contract/events'
import { methodNames } from '../../contract/methods'

const TOKEN_KEY = 'follow-through-token'

/**
 * The web host hands out a per-launch token in the URL it prints. Keep it for this tab and take
 * it out of the address bar so it is not bookmarked or shared by accident.
 */
function takeToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

/** The AppApi over HTTP, for the web host (`npm run web`) and end-to-end tests. */
export function createHttpClient(): AppClient {
  const token = takeToken()

  /** JSON `{ input }`, or for input with audio: its other fields as JSON, then the bytes. */
  function request(input: unknown): RequestInit {
    const split = splitAudio(input)
    if (!split) {
      return {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-follow-through-token': token },
        body: JSON.stringify({ input }),
      }
    }
    const json = new TextEncoder().encode(JSON.stringify(split.rest))
    return {
      method: 'POST',
      headers: {
        'content-type': BINARY_CONTENT_TYPE,
        'x-follow-through-token': token,
        [JSON_LENGTH_HEADER]: String(json.byteLength),
        [BINARY_FIELD_HEADER]: split.field,
      },
      body: new Blob([json, split.audio]),
    }
  }

  async function call(method: string, input: unknown): Promise<unknown> {
    let response: Response
    try {
      response = await fetch(`/api/${method}`, request(input))
    } catch {
      throw new AppError('internal', 'The app is not answering. Is it still running?')
    }
    const type = response.headers.get('content-type') ?? ''
    if (response.ok && !type.startsWith('application/json')) {
      // Audio (or an export) comes back as the raw file, with its other fields in a header.
      const { binaryField, ...meta } = JSON.parse(
        decodeURIComponent(response.headers.get(META_HEADER) ?? '%7B%7D'),
      ) as Record<string, unknown>
      return { ...meta, [binaryFieldOf(binaryField)]: await response.arrayBuffer() }
    }
    const body = (await response.json().catch(() => null)) as
      { ok: true; value: unknown } | { ok: false; error: unknown } | null
    if (body?.ok) return body.value ?? undefined
    if (body && isWireError(body.error)) throw AppError.fromWire(body.error)
    throw new AppError('internal', `The app answered with an error (${response.status}).`)
  }

  const methods = Object.fromEntries(
    methodNames.map((m) => [m, (input?: unknown) => call(m, input)]),
  ) as Omit<AppClient, 'onEvent'>

  return {
    ...methods,
    onEvent(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
      source.onmessage = (message) => listener(JSON.parse(message.data as string) as AppEvent)
      return () => source.close()
    },
  }
}
