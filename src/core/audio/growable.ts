type TypedArray = Float32Array | Float64Array | Uint8Array

/** An append-only typed array that doubles its buffer, for per-frame values of a live take. */
export class Growable<T extends TypedArray> {
  #buf: T
  length = 0

  constructor(private readonly make: (size: number) => T) {
    this.#buf = make(1024)
  }

  push(value: number): void {
    if (this.length === this.#buf.length) {
      const next = this.make(this.#buf.length * 2)
      next.set(this.#buf)
      this.#buf = next
    }
    this.#buf[this.length++] = value
  }

  at(index: number): number | undefined {
    return index >= 0 && index < this.length ? this.#buf[index] : undefined
  }

  /** A copy of the values so far, so later pushes don't change it. */
  copy(): T {
    return this.#buf.slice(0, this.length) as T
  }
}
