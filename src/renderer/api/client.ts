import type { AppClient } from '../../contract/api'
import { createHttpClient } from './http-client'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the web host. */
    api?: AppClient
  }
}

let client: AppClient | null = null

/** The host API: Electron's preload bridge when present, else the web host over HTTP. */
export function getClient(): AppClient {
  client ??= window.api ?? createHttpClient()
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
