import fixWebmDuration from 'fix-webm-duration'
import type { NodeMarker } from '../../core/audio/analyze'
import type { TakeEvidence } from '../../core/audio/take-meter'
import { webmHeadWithDuration } from '../../core/audio/webm-duration'
import { meterLevel } from './level'
import { LiveEvidence } from './live-evidence'
import { TakeUpload } from './take-upload'
import { isWebm, pickRecordingType } from './recording-type'

/** A finished recording, held in memory until the host has saved it. */
export interface Recording {
  /** The audio as recorded (a WebM without its duration). */
  blob: Blob
  /**
   * The audio as a file players can seek, the duration written in. Only needed when the take is
   * sent whole or downloaded: a streamed take gets its duration from the host.
   */
  playable(): Promise<Blob>
  mimeType: string
  durationMs: number
  markers: NodeMarker[]
  /** 'device-lost' when the microphone went away mid-take (what came before is kept). */
  endedBy: 'user' | 'device-lost'
  /** Measured while recording; absent where that couldn't run, and then measured by decoding. */
  evidence?: TakeEvidence
  /** The same audio, streamed to the host while recording. */
  upload: TakeUpload
}

export interface SessionCallbacks {
  onLevel(percent: number): void
  onFinished(recording: Recording): void
  /** The microphone was unplugged or stopped by the system. */
  onDeviceLost(): void
}

/** Where the time after Stop goes, for scripts/bench/take-stop.mjs (performance marks). */
export const STOP_MARKS = {
  stop: 'take-stop',
  recorderDone: 'take-stop:recorder-done',
  evidence: 'take-stop:evidence',
  sent: 'take-stop:sent',
  saved: 'take-stop:saved',
} as const

// Chunks every second: if the page or the device dies, at most a second is lost.
const TIMESLICE_MS = 1000
// The meter redraws at about 15 a second: smooth enough to read, cheap enough to ignore.
const METER_INTERVAL_MS = 66

// MediaRecorder's Info element sits in the first few hundred bytes.
const WEBM_HEAD_BYTES = 64 * 1024

/**
 * MediaRecorder's WebM has no duration, so players can't seek it; write one in. Only the head is
 * rewritten and joined to the rest, so a long take isn't read or copied (fix-webm-duration
 * parses the whole file); that library stays for heads this doesn't understand.
 */
async function withDuration(blob: Blob, durationMs: number): Promise<Blob> {
  const head = new Uint8Array(await blob.slice(0, WEBM_HEAD_BYTES).arrayBuffer())
  const patched = webmHeadWithDuration(head, durationMs)
  if (patched) {
    return new Blob([patched.bytes as Uint8Array<ArrayBuffer>, blob.slice(patched.replaced)], {
      type: blob.type,
    })
  }
  return fixWebmDuration(blob, durationMs, { logger: false }).catch(() => blob)
}

async function openMicrophone(
  deviceId: string,
): Promise<{ stream: MediaStream; fellBack: boolean }> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new DOMException('No media devices in this window', 'NotSupportedError')
  }
  if (!deviceId) {
    return { stream: await navigator.mediaDevices.getUserMedia({ audio: true }), fellBack: false }
  }
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: { deviceId: { exact: deviceId } },
    })
    return { stream, fellBack: false }
  } catch (err) {
    // The remembered microphone is unplugged: record with the default one rather than not at all.
    const name = (err as Error).name
    if (name !== 'OverconstrainedError' && name !== 'NotFoundError') throw err
    return { stream: await navigator.mediaDevices.getUserMedia({ audio: true }), fellBack: true }
  }
}

/**
 * One take: the microphone stream, a MediaRecorder, a level meter, and a clock that leaves out
 * paused time, so marker times line up with the recorded audio (which also leaves it out).
 */
export class RecordingSession {
  readonly fellBack: boolean
  readonly deviceLabel: string
  #stream: MediaStream
  #recorder: MediaRecorder
  #audio: AudioContext | null = null
  #live: LiveEvidence | null = null
  #evidence: Promise<TakeEvidence | null> = Promise.resolve(null)
  #meterTimer: ReturnType<typeof setInterval> | undefined
  #chunks: Blob[] = []
  #upload: TakeUpload
  #markers: NodeMarker[] = []
  #startedAt = 0
  #pausedAt = 0
  #pausedTotal = 0
  #durationMs = 0
  #endedBy: Recording['endedBy'] = 'user'
  #finished = false

  private constructor(
    stream: MediaStream,
    fellBack: boolean,
    private readonly callbacks: SessionCallbacks,
  ) {
    this.#stream = stream
    this.fellBack = fellBack
    const track = stream.getAudioTracks()[0]
    this.deviceLabel = track?.label ?? ''
    const mimeType = pickRecordingType()
    this.#recorder = new MediaRecorder(stream, mimeType ? { mimeType } : {})
    this.#upload = new TakeUpload(this.#recorder.mimeType || mimeType)
    this.#recorder.ondataavailable = (e) => {
      if (e.data.size === 0) return
      this.#chunks.push(e.data)
      this.#upload.append(e.data)
    }
    this.#recorder.onstop = () => void this.#finish()
    // An unplugged device ends its track; stop cleanly so what was recorded is kept.
    track?.addEventListener('ended', () => {
      if (this.#recorder.state === 'inactive') return
      this.#endedBy = 'device-lost'
      this.callbacks.onDeviceLost()
      this.stop()
    })
  }

  /** Opens the microphone (the chosen one, else the default) and starts recording. */
  static async start(
    deviceId: string,
    callbacks: SessionCallbacks,
    firstNodeId?: string,
  ): Promise<RecordingSession> {
    const { stream, fellBack } = await openMicrophone(deviceId)
    let session: RecordingSession
    try {
      session = new RecordingSession(stream, fellBack, callbacks)
    } catch (err) {
      stream.getTracks().forEach((t) => t.stop())
      throw err
    }
    // Listening starts first, so the live evidence and the recording begin together.
    await session.#listen()
    session.#recorder.start(TIMESLICE_MS)
    session.#startedAt = performance.now()
    if (firstNodeId) session.mark(firstNodeId)
    return session
  }

  get state(): RecordingState {
    return this.#recorder.state
  }

  elapsedMs(now = performance.now()): number {
    const pausedNow = this.#recorder.state === 'paused' ? now - this.#pausedAt : 0
    return Math.max(0, now - this.#startedAt - this.#pausedTotal - pausedNow)
  }

  /** Notes that `nodeId` is on screen from now; repeats of the same step are ignored. */
  mark(nodeId: string): void {
    if (this.#recorder.state === 'inactive') return
    if (this.#markers[this.#markers.length - 1]?.nodeId === nodeId) return
    this.#markers.push({ nodeId, atMs: Math.round(this.elapsedMs()) })
  }

  pause(): void {
    if (this.#recorder.state !== 'recording') return
    this.#recorder.pause()
    this.#live?.pause()
    this.#pausedAt = performance.now()
  }

  resume(): void {
    if (this.#recorder.state !== 'paused') return
    this.#pausedTotal += performance.now() - this.#pausedAt
    this.#recorder.resume()
    this.#live?.resume()
  }

  /** Ends the take; `onFinished` follows once the last data is in. */
  stop(): void {
    if (this.#recorder.state === 'inactive') return
    this.#durationMs = this.elapsedMs()
    performance.mark(STOP_MARKS.stop)
    this.#recorder.stop()
    if (this.#live) this.#evidence = this.#live.finish([...this.#markers])
  }

  /** The level meter and the live evidence; both are helps, so recording goes on without them. */
  async #listen(): Promise<void> {
    try {
      this.#audio = new AudioContext()
      const source = this.#audio.createMediaStreamSource(this.#stream)
      const analyser = this.#audio.createAnalyser()
      analyser.fftSize = 2048
      source.connect(analyser)
      const block = new Float32Array(analyser.fftSize)
      this.#meterTimer = setInterval(() => {
        analyser.getFloatTimeDomainData(block)
        this.callbacks.onLevel(meterLevel(block).percent)
      }, METER_INTERVAL_MS)
      this.#live = await LiveEvidence.attach(this.#audio, source)
    } catch {
      // No audio graph (an old engine, a test): record without meter or live evidence.
    }
  }

  #release(): void {
    clearInterval(this.#meterTimer)
    this.#stream.getTracks().forEach((t) => t.stop())
    void this.#audio?.close().catch(() => undefined)
    this.#audio = null
  }

  async #finish(): Promise<void> {
    if (this.#finished) return
    this.#finished = true
    performance.mark(STOP_MARKS.recorderDone)
    const evidence = await this.#evidence
    performance.mark(STOP_MARKS.evidence)
    this.#release()
    const mimeType = this.#recorder.mimeType || this.#chunks[0]?.type || 'audio/webm'
    const blob = new Blob(this.#chunks, { type: mimeType })
    const durationMs = Math.round(this.#durationMs)
    let playable: Promise<Blob> | undefined
    this.callbacks.onFinished({
      blob,
      playable: () =>
        (playable ??=
          isWebm(mimeType) && blob.size > 0
            ? withDuration(blob, durationMs)
            : Promise.resolve(blob)),
      mimeType,
      durationMs,
      markers: this.#markers,
      endedBy: this.#endedBy,
      upload: this.#upload,
      ...(evidence ? { evidence } : {}),
    })
  }

  /** The page is going away: stop, and still hand over what was recorded so it can be saved. */
  dispose(): void {
    if (this.#recorder.state !== 'inactive') this.stop()
    else this.#release()
  }
}
