import { useId, useState } from 'react'
import type { Settings } from '../../../core/settings/schema'
import { useSaveSetting } from '../settings/use-save-setting'
import { pickVoice, useSpeech } from './use-speech'

const SAMPLE =
  "Thanks for calling. We haven't made a decision yet, but you're still very much in the running."

/** Settings: whether and how the practice partner speaks the employer's lines. */
export function PracticePartnerSettings({ settings }: { settings: Settings }) {
  const { save: saveSetting } = useSaveSetting()
  const id = useId()
  const [rate, setRate] = useState(settings.speech.rate)
  const speech = useSpeech({ ...settings.speech, rate })
  const voices = speech.voices.status === 'ready' ? speech.voices.voices : []

  const save = (patch: Partial<Settings['speech']>) =>
    saveSetting({ speech: { ...settings.speech, ...patch } })

  const chosen = pickVoice(voices, settings.speech.voice)
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Practice partner</h2>
      <p className="muted">
        When you rehearse a call, the employer’s lines can be read aloud so you practise answering a
        voice, not a screen.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.speech.enabled}
          onChange={(e) => void save({ enabled: e.target.checked })}
        />
        Speak the employer’s lines aloud
      </label>
      {speech.voices.status === 'none' ? (
        <p className="speech-note">
          No voice is available on this system, so the employer’s lines are shown but not spoken.
        </p>
      ) : (
        <div className="grid-2 speech-fields">
          <div className="field">
            <label htmlFor={`${id}-voice`}>Voice</label>
            <select
              id={`${id}-voice`}
              value={chosen?.voiceURI ?? ''}
              disabled={!settings.speech.enabled || voices.length === 0}
              onChange={(e) => void save({ voice: e.target.value })}
            >
              <option value="">The system’s default voice</option>
              {voices.map((v) => (
                <option key={v.voiceURI} value={v.voiceURI}>
                  {v.name} ({v.lang})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-rate`}>Speed: {rate.toFixed(1)}×</label>
            <input
              id={`${id}-rate`}
              type="range"
              min={0.5}
              max={2}
              step={0.1}
              value={rate}
              disabled={!settings.speech.enabled}
              aria-valuetext={`${rate.toFixed(1)} times normal speed`}
              onChange={(e) => setRate(Number(e.target.value))}
              onPointerUp={() => void save({ rate })}
              onKeyUp={() => void save({ rate })}
              onBlur={() => rate !== settings.speech.rate && void save({ rate })}
            />
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={!speech.canSpeak}
              onClick={() => speech.speak(SAMPLE)}
            >
              Try the voice
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
