import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import WaveSurfer from 'wavesurfer.js'
import RegionsPlugin, { type Region } from 'wavesurfer.js/dist/plugins/regions.esm.js'
import type { Take } from '../../../contract/takes-api'
import { PEAK_SCALE } from '../../../core/audio/waveform'
import { errorMessage } from '../../api/errors'
import { useTakeAudio } from '../../api/take-queries'
import { clockTime, markerSpans, PLAYBACK_RATES, SEEK_STEP_S } from './playback'
import { useWaveColors } from './use-wave-colors'

export interface TakePlayerProps {
  take: Take
  /** A step's title for its marker, e.g. "Ask about concerns". */
  titleOf: (nodeId: string) => string
  /** Smaller waveform, for side-by-side comparison. */
  compact?: boolean
}

interface Loop {
  start: number
  end: number
  label: string
}

// Mid-tone teal, readable on the waveform's background in both themes.
const MARKER_COLOR = 'rgb(74 154 136)'
const LOOP_COLOR = 'rgb(74 154 136 / 0.22)'

/**
 * Plays one take over its waveform, with the step markers on it: play/pause (Space), seek
 * (← →, Home, End), speed, jump to a step, and loop a step or a stretch dragged on the waveform.
 */
export function TakePlayer({ take, titleOf, compact }: TakePlayerProps) {
  const audio = useTakeAudio(take.id)
  const waveRef = useRef<HTMLDivElement>(null)
  const surfer = useRef<WaveSurfer | null>(null)
  const regions = useRef<RegionsPlugin | null>(null)
  const loopRegion = useRef<Region | null>(null)
  const loopRef = useRef<Loop | null>(null)
  const [ready, setReady] = useState(false)
  const [failed, setFailed] = useState<string | null>(null)
  const [playing, setPlaying] = useState(false)
  const [time, setTime] = useState(0)
  const [duration, setDuration] = useState(take.durationMs / 1000)
  const [rate, setRate] = useState(1)
  const [loop, setLoop] = useState<Loop | null>(null)
  const rateId = useId()
  const spans = markerSpans(take.markers, take.durationMs)
  const colors = useWaveColors()
  const colorsRef = useRef(colors)

  useEffect(() => {
    loopRef.current = loop
    colorsRef.current = colors
  })

  // The theme can change while a take is open; repaint rather than reload.
  useEffect(() => {
    surfer.current?.setOptions(colors)
  }, [colors])

  useEffect(() => {
    const container = waveRef.current
    if (!audio.data || !container) return
    const plugin = RegionsPlugin.create()
    const ws = WaveSurfer.create({
      container,
      height: compact ? 72 : 112,
      ...colorsRef.current,
      cursorWidth: 2,
      barWidth: 2,
      barGap: 1,
      barRadius: 2,
      normalize: true,
      dragToSeek: true,
      plugins: [plugin],
    })
    surfer.current = ws
    regions.current = plugin
    const subs = [
      ws.on('ready', (d) => {
        setDuration(d)
        setReady(true)
        markerSpans(take.markers, d * 1000).forEach((span, i) => {
          plugin.addRegion({
            id: `marker-${i}`,
            start: span.startMs / 1000,
            content: titleOf(span.nodeId),
            color: MARKER_COLOR,
            drag: false,
            resize: false,
          })
        })
      }),
      ws.on('timeupdate', (t) => {
        const l = loopRef.current
        // Looping: back to the start of the stretch whenever playback runs past its end.
        if (l && ws.isPlaying() && t >= l.end) ws.setTime(l.start)
        else setTime(t)
      }),
      ws.on('play', () => setPlaying(true)),
      ws.on('pause', () => setPlaying(false)),
      ws.on('finish', () => setPlaying(false)),
      ws.on('error', (e) => setFailed(errorMessage(e))),
      plugin.on('region-created', (r) => {
        // Markers and step loops are named; only a stretch dragged on the waveform is not.
        if (!r.id.startsWith('region-') || r.end - r.start < 0.05) return
        loopRegion.current?.remove()
        loopRegion.current = r
        setLoop({ start: r.start, end: r.end, label: 'the stretch you marked' })
      }),
    ]
    const stopDrag = plugin.enableDragSelection({ color: LOOP_COLOR })
    // A stored outline draws at once; only takes saved before outlines existed are decoded.
    const outline = take.peaks?.length
      ? ([take.peaks.map((p) => p / PEAK_SCALE)] as number[][])
      : undefined
    ws.loadBlob(audio.data, outline, outline ? take.durationMs / 1000 : undefined).catch(
      (e: unknown) => setFailed(`This take can’t be played: ${errorMessage(e)}`),
    )
    return () => {
      stopDrag()
      subs.forEach((off) => off())
      loopRegion.current = null
      ws.destroy()
      surfer.current = null
      regions.current = null
      setReady(false)
    }
    // titleOf is only read once the audio is ready; re-creating the waveform for it would reset playback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [audio.data, compact, take.id])

  const ws = () => surfer.current
  const seek = (t: number) => {
    const s = ws()
    if (!s) return
    const next = Math.min(Math.max(0, t), s.getDuration())
    s.setTime(next)
    setTime(next)
  }
  const togglePlay = () => void ws()?.playPause()
  const changeRate = (next: number) => {
    setRate(next)
    ws()?.setPlaybackRate(next, true)
  }
  const loopSpan = (start: number, end: number, label: string) => {
    loopRegion.current?.remove()
    loopRegion.current =
      regions.current?.addRegion({
        id: 'loop',
        start,
        end,
        color: LOOP_COLOR,
        drag: false,
        resize: false,
      }) ?? null
    setLoop({ start, end, label })
    seek(start)
    void ws()?.play()
  }
  const stopLoop = () => {
    loopRegion.current?.remove()
    loopRegion.current = null
    setLoop(null)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement
    // Buttons, selects and links keep their own keys; everywhere else in the player these apply.
    const own = ['BUTTON', 'SELECT', 'INPUT', 'A', 'SUMMARY'].includes(target.tagName)
    if (e.key === ' ' && !own) {
      e.preventDefault()
      togglePlay()
    } else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && target.tagName !== 'SELECT') {
      e.preventDefault()
      seek(time + (e.key === 'ArrowLeft' ? -SEEK_STEP_S : SEEK_STEP_S))
    } else if (e.key === 'Home' && !own) {
      e.preventDefault()
      seek(0)
    } else if (e.key === 'End' && !own) {
      e.preventDefault()
      seek(duration)
    }
  }

  if (audio.error || failed) {
    return (
      <p role="alert" className="recording-error">
        {failed ?? `This take’s audio couldn’t be loaded: ${errorMessage(audio.error)}`}
      </p>
    )
  }

  return (
    <div
      className={`take-player${compact ? ' compact' : ''}`}
      role="group"
      aria-label={`Player for ${take.name}`}
      onKeyDown={onKeyDown}
    >
      <div
        className="waveform"
        role="slider"
        tabIndex={0}
        aria-label={`Position in ${take.name}`}
        aria-valuemin={0}
        aria-valuemax={Math.round(duration * 10) / 10}
        aria-valuenow={Math.round(time * 10) / 10}
        aria-valuetext={`${clockTime(time)} of ${clockTime(duration)}`}
        aria-busy={!ready}
      >
        <div ref={waveRef} className="waveform-canvas" />
        {!ready && <p className="waveform-loading muted">Loading the waveform…</p>}
      </div>

      <div className="player-controls">
        <button
          type="button"
          className="button primary"
          onClick={togglePlay}
          disabled={!ready}
          aria-keyshortcuts="Space"
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <span className="player-time" aria-hidden="true">
          {clockTime(time)} / {clockTime(duration)}
        </span>
        <span className="field inline-field">
          <label htmlFor={rateId}>Speed</label>
          <select id={rateId} value={rate} onChange={(e) => changeRate(Number(e.target.value))}>
            {PLAYBACK_RATES.map((r) => (
              <option key={r} value={r}>
                {r}×
              </option>
            ))}
          </select>
        </span>
        {loop && (
          <button type="button" className="button" onClick={stopLoop}>
            Stop looping {loop.label}
          </button>
        )}
      </div>

      {spans.length > 0 && (
        <ol className="marker-list" aria-label={`Steps in ${take.name}`}>
          {spans.map((span, i) => {
            const title = titleOf(span.nodeId)
            return (
              <li key={`${span.nodeId}-${i}`}>
                <button
                  type="button"
                  className="button small"
                  disabled={!ready}
                  onClick={() => seek(span.startMs / 1000)}
                >
                  Jump to {title}
                </button>
                <span className="muted">{clockTime(span.startMs / 1000)}</span>
                <button
                  type="button"
                  className="button small"
                  disabled={!ready || span.endMs <= span.startMs}
                  onClick={() => loopSpan(span.startMs / 1000, span.endMs / 1000, `“${title}”`)}
                >
                  Loop<span className="visually-hidden"> {title}</span>
                </button>
              </li>
            )
          })}
        </ol>
      )}
      {!compact && (
        <p className="key-hints muted">
          <span>
            <kbd>Space</kbd> play or pause
          </span>
          <span>
            <kbd>←</kbd> <kbd>→</kbd> {SEEK_STEP_S} s back or forward
          </span>
          <span>Drag across the waveform to loop a stretch</span>
        </p>
      )}
    </div>
  )
}
