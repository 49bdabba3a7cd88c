import type { AppClient } from '../../contract/api'
import { AppError, isWireError } from '../../contract/errors'
import { createHttpClient } from './http-client'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the web host. */
    api?: AppClient
  }
}

let client: AppClient | null = null

/**
 * The preload rejects with the error's data as a plain object (contextBridge keeps only an Error's
 * message); turn it back into an AppError, exactly as the HTTP client throws it.
 */
export function fromBridge(bridge: AppClient): AppClient {
  const wrapped = { ...bridge } as Record<string, unknown>
  for (const [name, fn] of Object.entries(bridge)) {
    if (name === 'onEvent' || typeof fn !== 'function') continue
    wrapped[name] = (input?: unknown) =>
      (fn as (input?: unknown) => Promise<unknown>)(input).catch((err: unknown) => {
        throw isWireError(err) ? AppError.fromWire(err) : err
      })
  }
  return wrapped as unknown as AppClient
}

/** True in the desktop app (the preload's bridge), false in the web host. */
export const isDesktop = (): boolean => !!window.api

/** The host API: Electron's preload bridge when present, else the web host over HTTP. */
export function getClient(): AppClient {
  client ??= window.api ? fromBridge(window.api) : createHttpClient()
  return client
}

/** Tests swap in their own client. */
export function setClient(next: AppClient): void {
  client = next
}

/**
 * Whether the app runs in its desktop shell (which can show a file in the file manager and ask
 * where to save) or in a browser tab through the web host (which can only download).
 */
export function runsOnDesktop(): boolean {
  return window.api !== undefined
}
