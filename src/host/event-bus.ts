import type { AppEvent } from '../contract/events'

export type Listener = (event: AppEvent) => void

/** Fan-out of host events to every window or SSE client. */
export class EventBus {
  #listeners = new Set<Listener>()

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  emit(event: AppEvent): void {
    for (const listener of this.#listeners) listener(event)
  }
}
