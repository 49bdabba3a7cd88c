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
