import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { QuietTime } from './quiet-time'

describe('QuietTime', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const quietTime = (ms: number, firstCallMs = 0) =>
    new QuietTime(ms, firstCallMs, () => Date.now())
  /** `work` has not run, and runs exactly `ms` from now. */
  const runsIn = (work: ReturnType<typeof vi.fn>, ms: number) => {
    vi.advanceTimersByTime(ms - 1)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(work).toHaveBeenCalledTimes(1)
  }

  it('runs work once no call has come for the quiet time, counted from the last call', () => {
    const quiet = quietTime(500)
    quiet.touch()
    const work = vi.fn()
    quiet.whenQuiet(work)
    vi.advanceTimersByTime(300)
    quiet.touch()
    vi.advanceTimersByTime(300)
    expect(work).not.toHaveBeenCalled()
    quiet.touch()
    runsIn(work, 500)
  })

  it('runs work at once after a quiet spell, and with no quiet time at all', () => {
    const quiet = quietTime(500)
    quiet.touch()
    vi.advanceTimersByTime(600)
    const work = vi.fn()
    quiet.whenQuiet(work)
    vi.advanceTimersByTime(0)
    expect(work).toHaveBeenCalledTimes(1)
    const never = quietTime(0)
    const now = vi.fn()
    never.whenQuiet(now)
    expect(now).toHaveBeenCalledTimes(1)
  })

  it('after a start, waits for a first call and the quiet after it, or for the deadline', () => {
    const quiet = quietTime(500, 5000)
    const work = vi.fn()
    quiet.whenQuiet(work)
    vi.advanceTimersByTime(1000)
    expect(work).not.toHaveBeenCalled()
    quiet.touch()
    runsIn(work, 500)

    const alone = quietTime(500, 5000)
    const late = vi.fn()
    alone.whenQuiet(late)
    runsIn(late, 5000)
  })

  it('runs everything that waited, in order, and drops it all when closed', () => {
    const quiet = quietTime(100)
    const order: number[] = []
    quiet.whenQuiet(() => order.push(1))
    quiet.whenQuiet(() => order.push(2))
    vi.advanceTimersByTime(100)
    expect(order).toEqual([1, 2])
    const dropped = vi.fn()
    quiet.whenQuiet(dropped)
    quiet.close()
    quiet.whenQuiet(dropped)
    vi.advanceTimersByTime(1000)
    expect(dropped).not.toHaveBeenCalled()
  })
})
