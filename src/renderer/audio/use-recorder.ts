import { useCallback, useEffect, useRef, useState } from 'react'
import { DEVICE_LOST_MESSAGE, microphoneErrorMessage } from './microphone-errors'
import { RecordingSession, type Recording } from './recording-session'

/** 'stopping' lasts while the recorder hands over its last data. */
export type RecorderStatus = 'idle' | 'starting' | 'recording' | 'paused' | 'stopping'

export interface Recorder {
  status: RecorderStatus
  elapsedMs: number
  /** 0–100, for the level meter. */
  level: number
  /** Why recording could not start or had to stop, in plain words. */
  error: string | null
  /** Something worth knowing that is not a failure (e.g. the default microphone was used). */
  note: string | null
  /** The microphone in use, once the system has said which one. */
  deviceLabel: string
  start(deviceId: string, firstNodeId?: string): Promise<boolean>
  pause(): void
  resume(): void
  stop(): void
  /** Notes which script step is on screen from now on. */
  mark(nodeId: string): void
  clearMessages(): void
}

// Often enough for a seconds display to tick on time, rarely enough to leave React idle.
const TICK_MS = 250

/**
 * Records from the microphone. `onFinished` receives every recording that ends, whether the
 * user stopped it, the device went away, or the page closed mid-take, so nothing is dropped.
 */
export function useRecorder(onFinished: (recording: Recording) => void): Recorder {
  const [status, setStatus] = useState<RecorderStatus>('idle')
  const [elapsedMs, setElapsed] = useState(0)
  const [level, setLevel] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const [deviceLabel, setDeviceLabel] = useState('')
  const session = useRef<RecordingSession | null>(null)
  const finished = useRef(onFinished)
  useEffect(() => {
    finished.current = onFinished
  })

  useEffect(() => {
    if (status !== 'recording' && status !== 'paused') return
    const timer = setInterval(() => setElapsed(session.current?.elapsedMs() ?? 0), TICK_MS)
    return () => clearInterval(timer)
  }, [status])

  // Leaving the page mid-take stops it; the recording still goes to onFinished to be saved.
  useEffect(() => () => session.current?.dispose(), [])

  const start = useCallback(async (deviceId: string, firstNodeId?: string) => {
    if (session.current) return false
    setError(null)
    setNote(null)
    setElapsed(0)
    setStatus('starting')
    try {
      const s = await RecordingSession.start(
        deviceId,
        {
          onLevel: setLevel,
          onDeviceLost: () => {
            setError(DEVICE_LOST_MESSAGE)
            setStatus('stopping')
          },
          onFinished: (recording) => {
            session.current = null
            setStatus('idle')
            setLevel(0)
            finished.current(recording)
          },
        },
        firstNodeId,
      )
      session.current = s
      setDeviceLabel(s.deviceLabel)
      if (s.fellBack) {
        setNote('Your chosen microphone isn’t connected, so the default microphone is recording.')
      }
      setStatus('recording')
      return true
    } catch (err) {
      setError(microphoneErrorMessage(err))
      setStatus('idle')
      return false
    }
  }, [])

  const pause = useCallback(() => {
    session.current?.pause()
    if (session.current?.state === 'paused') setStatus('paused')
  }, [])
  const resume = useCallback(() => {
    session.current?.resume()
    if (session.current?.state === 'recording') setStatus('recording')
  }, [])
  const stop = useCallback(() => {
    if (!session.current || session.current.state === 'inactive') return
    setElapsed(session.current.elapsedMs())
    setStatus('stopping')
    session.current.stop()
  }, [])
  const mark = useCallback((nodeId: string) => session.current?.mark(nodeId), [])
  const clearMessages = useCallback(() => {
    setError(null)
    setNote(null)
  }, [])

  return {
    status,
    elapsedMs,
    level,
    error,
    note,
    deviceLabel,
    start,
    pause,
    resume,
    stop,
    mark,
    clearMessages,
  }
}
