import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** Only our own page on loopback may talk to the API: DNS rebinding and other sites are refused. */
export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`]
}

export function hostAllowed(req: IncomingMessage, port: number): boolean {
  return [`127.0.0.1:${port}`, `localhost:${port}`].includes(req.headers.host ?? '')
}

/** Browsers send Origin on every cross-origin and on every POST request; a foreign one is refused. */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  return origin === undefined || allowedOrigins(port).includes(origin)
}

export function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}
