import { randomUUID } from 'node:crypto'
import type { AppEvent } from '../contract/events'
import type { ReminderNotification } from './ports'

interface Waiting {
  receivers: Set<object>
  finish(shown: boolean): void
}

/**
 * Reminders shown by a page (the web host's tabs, or the desktop window where the OS has no
 * notifications): pushed as an event, delivered only when a page acknowledges it. With no page
 * open it fails at once, and a page connecting asks the scheduler to try again.
 */
export class PageDelivery {
  #pages = new Set<object>()
  #waiting = new Map<string, Waiting>()
  #onConnect = new Set<() => void>()

  constructor(
    private readonly emit: (event: AppEvent) => void,
    private readonly timeoutMs = 60_000,
  ) {}

  get connected(): number {
    return this.#pages.size
  }

  /** A page that can show reminders is listening; call the returned function when it goes. */
  connect(): () => void {
    const page = {}
    this.#pages.add(page)
    for (const listener of this.#onConnect) listener()
    return () => {
      this.#pages.delete(page)
      // A reminder whose every page left unanswered goes back to the scheduler now.
      for (const waiting of [...this.#waiting.values()]) {
        waiting.receivers.delete(page)
        if (waiting.receivers.size === 0) waiting.finish(false)
      }
    }
  }

  onConnect(listener: () => void): () => void {
    this.#onConnect.add(listener)
    return () => this.#onConnect.delete(listener)
  }

  /** Resolves true once a page acknowledged it; false with no page, or none answering in time. */
  send(n: ReminderNotification): Promise<boolean> {
    if (this.#pages.size === 0) return Promise.resolve(false)
    const id = randomUUID()
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), this.timeoutMs)
      timer.unref?.()
      const finish = (shown: boolean) => {
        if (!this.#waiting.delete(id)) return
        clearTimeout(timer)
        resolve(shown)
      }
      this.#waiting.set(id, { receivers: new Set(this.#pages), finish })
      this.emit({ type: 'reminder', id, ...n })
    })
  }

  /** The host is closing: every reminder still waiting counts as not shown, so nothing waits on. */
  close(): void {
    for (const waiting of [...this.#waiting.values()]) waiting.finish(false)
  }

  /** A page showed reminder `id`; false when it was not waiting (already answered, timed out). */
  ack(id: string): boolean {
    const waiting = this.#waiting.get(id)
    waiting?.finish(true)
    return !!waiting
  }
}
