/**
 * Work in the background that reads every interview (the first reminder check, the check of the
 * kept agenda) holds the host for a few hundred milliseconds at 10,000 interviews. It waits until
 * no call has come for a moment, so the screens a page is opening are answered first; a page's
 * first screen is a burst of calls, then quiet. Right after a start the window's page is still
 * loading, so it waits for that page's first call too, or `firstCallMs` when none comes (a start
 * at login with no window).
 */
export class QuietTime {
  readonly #started: number
  #last: number | null = null
  #waiting: (() => void)[] = []
  #timer: ReturnType<typeof setTimeout> | null = null
  #closed = false

  constructor(
    private readonly quietMs: number,
    private readonly firstCallMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#started = now()
  }

  /** A call came in or was answered: the quiet starts again from now. */
  touch(): void {
    const first = this.#last === null
    this.#last = this.now()
    // The wait for a first call may be far longer than the quiet after it.
    if (first && this.#timer) {
      clearTimeout(this.#timer)
      this.#timer = null
      this.#arm()
    }
  }

  /** When waiting work may run: a quiet moment after the last call, or the first call's deadline. */
  #due(): number {
    return this.#last === null ? this.#started + this.firstCallMs : this.#last + this.quietMs
  }

  /** Runs `work` once no call has come for the quiet time (at once when it has been that long). */
  whenQuiet(work: () => void): void {
    if (this.#closed) return
    if (this.quietMs <= 0) return work()
    this.#waiting.push(work)
    this.#arm()
  }

  #arm(): void {
    if (this.#timer || this.#waiting.length === 0) return
    this.#timer = setTimeout(
      () => {
        this.#timer = null
        if (this.now() < this.#due()) return this.#arm()
        for (const work of this.#waiting.splice(0)) work()
      },
      Math.max(0, this.#due() - this.now()),
    )
    // Waiting work must never keep a test process or the web host alive.
    this.#timer.unref?.()
  }

  /** The host is closing: waiting work is dropped. */
  close(): void {
    this.#closed = true
    this.#waiting = []
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
  }
}
