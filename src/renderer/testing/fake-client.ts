import { vi } from 'vitest'
import type { AppClient } from '../../contract/api'
import type { AppEvent } from '../../contract/events'
import { methodNames } from '../../contract/methods'

/**
 * A client whose every method is a vi.fn the test can program; `emit` pushes a host event.
 * Methods a test did not program fail loudly, so a screen can't quietly depend on them.
 */
export function fakeClient(overrides: Partial<AppClient> = {}) {
  const listeners = new Set<(e: AppEvent) => void>()
  const methods = Object.fromEntries(
    methodNames.map((m) => [
      m,
      vi.fn(
        (overrides[m] as ((...args: unknown[]) => unknown) | undefined) ??
          (() => Promise.reject(new Error(`${m} was not expected in this test`))),
      ),
    ]),
  )
  const client = {
    ...methods,
    onEvent: (listener: (e: AppEvent) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  } as unknown as { [K in keyof AppClient]: AppClient[K] & ReturnType<typeof vi.fn> }
  return { client, emit: (e: AppEvent) => listeners.forEach((l) => l(e)) }
}
