import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import type { TakeMode } from '../../../contract/takes-api'
import { formatDuration } from '../../../core/audio/format'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { keys, useSettings } from '../../api/queries'
import { useScript } from '../../api/script-queries'
import { useTakes } from '../../api/take-queries'
import { href } from '../../routing/router'
import { SelectInput } from '../../components/SelectInput'
import { MIC_DENIED_MESSAGE } from '../../audio/microphone-errors'
import { useMicrophones } from '../../audio/use-microphones'
import { useRecorder } from '../../audio/use-recorder'
import { LevelMeter } from './LevelMeter'
import { paceNote, paceSummary, pauseSummary, speakingSummary, tooQuietNote } from './evidence'
import { useTakeSaver, type TakeContext } from './use-take-saver'
import './takes.css'

export interface RecordingPanelProps {
  scriptId: string
  interviewId?: string
  /** The step on screen; a whole-run take marks each change, a line take ends on one. */
  currentNodeId: string
  /** Offer only this kind of take; both are offered by default. */
  mode?: TakeMode
  /** Called when a whole-run take starts, so the player can begin the call from the top. */
  onRunStart?: () => void
}

/** Record yourself while you rehearse: pick a microphone, watch the level, pause, stop, save. */
export function RecordingPanel({
  scriptId,
  interviewId,
  currentNodeId,
  mode,
  onRunStart,
}: RecordingPanelProps) {
  const headingId = useId()
  const qc = useQueryClient()
  const settings = useSettings()
  const script = useScript(scriptId)
  const takes = useTakes(scriptId)
  const { microphones, refresh } = useMicrophones()
  const saver = useTakeSaver()
  const [active, setActive] = useState<TakeContext | null>(null)
  const [deniedBySystem, setDeniedBySystem] = useState(false)
  const activeRef = useRef(active)
  const nodeRef = useRef(currentNodeId)
  const recorder = useRecorder((recording) => {
    const context = activeRef.current
    setActive(null)
    if (context) void saver.save(recording, context)
  })
  useEffect(() => {
    activeRef.current = active
    nodeRef.current = currentNodeId
  })

  // The buttons pressed to start and stop go away as the panel changes; when focus went with
  // them, put it on the control that is next needed, so the keyboard never lands on the page.
  const stopButton = useRef<HTMLButtonElement>(null)
  const recordButton = useRef<HTMLButtonElement>(null)
  const afterTake = useRef(false)
  const busy = recorder.status !== 'idle' || saver.state.phase === 'saving'
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body
    if (recorder.status === 'recording') {
      afterTake.current = true
      if (lost) stopButton.current?.focus()
    } else if (!busy && afterTake.current) {
      afterTake.current = false
      if (lost) recordButton.current?.focus()
    }
  }, [recorder.status, busy])

  // A run marks each step as it comes on screen; a single line ends when the call moves on.
  useEffect(() => {
    if (!active) return
    if (active.mode === 'line' && active.nodeId !== currentNodeId) recorder.stop()
    else recorder.mark(currentNodeId)
    // Only a new step should do this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentNodeId])

  const titleOf = (nodeId: string) =>
    script.data?.script.nodes.find((n) => n.id === nodeId)?.title ?? 'this step'
  const microphoneId = settings.data?.microphoneId ?? ''

  const chooseMicrophone = (deviceId: string) => {
    getClient()
      .updateSettings({ patch: { microphoneId: deviceId } })
      .then((next) => qc.setQueryData(keys.settings, next))
      .catch(() => undefined)
  }

  const begin = async (kind: TakeMode) => {
    recorder.clearMessages()
    saver.discard()
    const { access } = await getClient()
      .requestMicrophoneAccess()
      .catch(() => ({ access: 'granted' as const }))
    if (access === 'denied') {
      setDeniedBySystem(true)
      return
    }
    setDeniedBySystem(false)
    // A whole run always begins at the script's first step; a line is the one on screen.
    const first =
      kind === 'run' ? (script.data?.script.startNodeId ?? nodeRef.current) : nodeRef.current
    const context: TakeContext = {
      scriptId,
      ...(interviewId ? { interviewId } : {}),
      mode: kind,
      nodeId: first,
    }
    setActive(context)
    activeRef.current = context
    if (!(await recorder.start(microphoneId, first))) {
      setActive(null)
      return
    }
    // Only once recording runs: a refused microphone must not throw away the user's place.
    if (kind === 'run') onRunStart?.()
    // Device names are only revealed once the microphone is allowed.
    refresh()
  }

  const knownMic = !microphoneId || microphones.some((m) => m.deviceId === microphoneId)
  const micOptions: (readonly [string, string])[] = [
    ['', 'System default microphone'],
    ...microphones.map((m) => [m.deviceId, m.label] as const),
    ...(knownMic ? [] : [[microphoneId, 'Your chosen microphone (not connected)'] as const]),
  ]

  const live = recorder.status === 'recording' || recorder.status === 'paused'
  const error = deniedBySystem ? MIC_DENIED_MESSAGE : recorder.error
  const count = takes.data?.length ?? 0
  const saved = saver.state.phase === 'saved' ? saver.state.take : null
  const savedNote = saved ? (tooQuietNote(saved.analysis) ?? paceNote(saved.analysis)) : null

  return (
    <section className="card recording-panel" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>Record yourself</h2>
        <a href={href({ name: 'practice-takes', scriptId })}>
          Your takes{count > 0 ? ` (${count})` : ''}
        </a>
      </div>

      {!live && recorder.status !== 'stopping' && (
        <div className="recording-setup">
          <SelectInput
            label="Microphone"
            value={microphoneId}
            onChange={chooseMicrophone}
            options={micOptions}
          />
          <div className="recording-start">
            {mode !== 'line' && (
              <button
                ref={recordButton}
                type="button"
                className="button primary"
                disabled={busy}
                onClick={() => void begin('run')}
              >
                <span className="rec-dot" aria-hidden="true" />
                Record the whole call
              </button>
            )}
            {mode !== 'run' && (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void begin('line')}
              >
                Record this line only
              </button>
            )}
          </div>
          <p className="muted recording-hint">
            The whole call starts again from the beginning and notes each step as you go. A single
            line stops when you move to another step.
          </p>
        </div>
      )}

      {(live || recorder.status === 'stopping') && active && (
        <div className="recording-live">
          <p className="recording-what">
            <span className={`rec-state rec-${recorder.status}`}>
              {recorder.status === 'paused'
                ? 'Paused'
                : recorder.status === 'stopping'
                  ? 'Finishing…'
                  : 'Recording'}
            </span>{' '}
            {active.mode === 'run' ? (
              <>the whole call · now on “{titleOf(currentNodeId)}”</>
            ) : (
              <>the line “{titleOf(active.nodeId ?? currentNodeId)}”</>
            )}
          </p>
          <div className="recording-readouts">
            <span className="elapsed">
              <span className="visually-hidden">Elapsed </span>
              <span role="timer" aria-label="Elapsed time">
                {formatDuration(recorder.elapsedMs)}
              </span>
            </span>
            <LevelMeter level={recorder.level} />
          </div>
          {recorder.deviceLabel && (
            <p className="muted small">Microphone: {recorder.deviceLabel}</p>
          )}
          <div className="recording-controls">
            {recorder.status === 'paused' ? (
              <button type="button" className="button" onClick={recorder.resume}>
                Resume
              </button>
            ) : (
              <button
                type="button"
                className="button"
                onClick={recorder.pause}
                disabled={recorder.status !== 'recording'}
              >
                Pause
              </button>
            )}
            <button
              ref={stopButton}
              type="button"
              className="button primary"
              onClick={recorder.stop}
              disabled={recorder.status === 'stopping'}
            >
              Stop and save
            </button>
          </div>
        </div>
      )}

      {recorder.note && <p className="notice-inline">{recorder.note}</p>}
      {error && (
        <p role="alert" className="recording-error">
          {error}
        </p>
      )}

      <div role="status" className="recording-status">
        {saver.state.phase === 'saving' && <p>Measuring and saving your take…</p>}
        {saved && (
          <div className="recording-saved">
            <p>
              Saved “{saved.name}” ({formatDuration(saved.durationMs)}).{' '}
              {speakingSummary(saved.analysis)}. {paceSummary(saved.analysis)}.{' '}
              {pauseSummary(saved.analysis)}.{' '}
              <a href={href({ name: 'practice-takes', scriptId })}>Listen to it</a>
            </p>
            {savedNote && <p className="calm-note">{savedNote}</p>}
          </div>
        )}
      </div>
      {saver.state.phase === 'failed' && (
        <div role="alert" className="recording-error">
          <p>{saver.state.message}</p>
          <div className="recording-controls">
            {saver.state.canRetry && (
              <button type="button" className="button primary" onClick={() => void saver.retry()}>
                Try again
              </button>
            )}
            {saver.state.canDownload && (
              <button type="button" className="button" onClick={() => void saver.downloadCopy()}>
                Download a copy
              </button>
            )}
            <button type="button" className="button subtle" onClick={saver.discard}>
              {saver.state.canDownload ? 'Discard this recording' : 'Dismiss'}
            </button>
          </div>
        </div>
      )}
      {takes.error && <p className="muted">{errorMessage(takes.error)}</p>}
    </section>
  )
}
