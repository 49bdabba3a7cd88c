import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RecordingSession, type Recording } from './recording-session'

const fixDuration = vi.hoisted(() =>
  vi.fn(async (blob: Blob, _ms: number, _opts?: unknown) => blob),
)
vi.mock('fix-webm-duration', () => ({ default: fixDuration }))

class FakeTrack extends EventTarget {
  label = 'USB headset'
  stop = vi.fn()
}

class FakeRecorder {
  static isTypeSupported = (t: string) => t === 'audio/webm;codecs=opus'
  static last: FakeRecorder
  state: RecordingState = 'inactive'
  mimeType: string
  ondataavailable: ((e: { data: Blob }) => void) | null = null
  onstop: (() => void) | null = null
  constructor(_stream: unknown, options: { mimeType?: string }) {
    this.mimeType = options.mimeType ?? ''
    FakeRecorder.last = this
  }
  start() {
    this.state = 'recording'
  }
  pause() {
    this.state = 'paused'
  }
  resume() {
    this.state = 'recording'
  }
  /** What MediaRecorder does each timeslice. */
  emit(text: string) {
    this.ondataavailable?.({ data: new Blob([text], { type: this.mimeType }) })
  }
  stop() {
    this.state = 'inactive'
    this.emit('-end')
    setTimeout(() => this.onstop?.())
  }
}

let track: FakeTrack
let getUserMedia: ReturnType<typeof vi.fn>

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'setInterval', 'Date'] })
  track = new FakeTrack()
  const stream = { getAudioTracks: () => [track], getTracks: () => [track] }
  getUserMedia = vi.fn(async () => stream)
  Object.defineProperty(navigator, 'mediaDevices', {
    value: { getUserMedia },
    configurable: true,
  })
  vi.stubGlobal('MediaRecorder', FakeRecorder)
  fixDuration.mockClear()
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  Reflect.deleteProperty(navigator, 'mediaDevices')
})

function callbacks() {
  const finished: Recording[] = []
  return {
    finished,
    onLevel: vi.fn(),
    onFinished: (r: Recording) => finished.push(r),
    onDeviceLost: vi.fn(),
  }
}

describe('RecordingSession', () => {
  it('records Opus in WebM, marks steps in take time that leaves out pauses, and writes the duration', async () => {
    const cb = callbacks()
    const session = await RecordingSession.start('usb-1', cb, 'opening')
    expect(getUserMedia).toHaveBeenCalledWith({ audio: { deviceId: { exact: 'usb-1' } } })
    expect(FakeRecorder.last.mimeType).toBe('audio/webm;codecs=opus')
    expect(session.deviceLabel).toBe('USB headset')

    vi.advanceTimersByTime(2000)
    session.mark('ask-concerns')
    session.mark('ask-concerns')
    session.pause()
    vi.advanceTimersByTime(5000)
    session.resume()
    vi.advanceTimersByTime(1000)
    session.mark('answer-industry')
    FakeRecorder.last.emit('chunk')
    vi.advanceTimersByTime(500)
    session.stop()
    await vi.runAllTimersAsync()

    const [take] = cb.finished
    expect(take).toMatchObject({
      mimeType: 'audio/webm;codecs=opus',
      durationMs: 3500,
      endedBy: 'user',
      markers: [
        { nodeId: 'opening', atMs: 0 },
        { nodeId: 'ask-concerns', atMs: 2000 },
        { nodeId: 'answer-industry', atMs: 3000 },
      ],
    })
    expect(await take!.blob.text()).toBe('chunk-end')
    // The duration is written only when a whole file is needed (a streamed take gets it on the host).
    expect(fixDuration).not.toHaveBeenCalled()
    expect(await (await take!.playable()).text()).toBe('chunk-end')
    expect(fixDuration).toHaveBeenCalledWith(expect.any(Blob), 3500, { logger: false })
    expect(track.stop).toHaveBeenCalled()
  })

  it('an unplugged microphone stops the take and keeps what was recorded', async () => {
    const cb = callbacks()
    await RecordingSession.start('', cb, 'opening')
    expect(getUserMedia).toHaveBeenCalledWith({ audio: true })
    FakeRecorder.last.emit('first second')
    vi.advanceTimersByTime(1200)
    track.dispatchEvent(new Event('ended'))
    await vi.runAllTimersAsync()
    expect(cb.onDeviceLost).toHaveBeenCalledOnce()
    expect(cb.finished).toHaveLength(1)
    expect(cb.finished[0]).toMatchObject({ endedBy: 'device-lost', durationMs: 1200 })
    expect(await cb.finished[0]!.blob.text()).toBe('first second-end')
  })

  it('falls back to the default microphone when the chosen one is gone', async () => {
    const stream = { getAudioTracks: () => [track], getTracks: () => [track] }
    getUserMedia
      .mockRejectedValueOnce(new DOMException('gone', 'OverconstrainedError'))
      .mockResolvedValueOnce(stream)
    const session = await RecordingSession.start('unplugged', callbacks())
    expect(session.fellBack).toBe(true)
    expect(getUserMedia).toHaveBeenLastCalledWith({ audio: true })
  })

  it('a refusal is passed on as it is, for the panel to explain', async () => {
    getUserMedia.mockRejectedValueOnce(new DOMException('no', 'NotAllowedError'))
    await expect(RecordingSession.start('usb-1', callbacks())).rejects.toMatchObject({
      name: 'NotAllowedError',
    })
  })
})
