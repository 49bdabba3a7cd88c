import { useCallback, useEffect, useState } from 'react'
import type { Settings } from '../../../core/settings/schema'

export type Voices =
  | { status: 'checking' }
  /** No speech engine, or one with no voices (typical for headless and minimal Linux systems). */
  | { status: 'none' }
  | { status: 'ready'; voices: SpeechSynthesisVoice[] }

// Chromium fills the voice list a moment after load and announces it with voiceschanged;
// if nothing has arrived by then, there is nothing to wait for.
const VOICE_WAIT_MS = 1500

const synth = (): SpeechSynthesis | null =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null

/** The voices this system can speak with, once it has said. */
export function useVoices(): Voices {
  const [voices, setVoices] = useState<Voices>(() => {
    const s = synth()
    if (!s) return { status: 'none' }
    const list = s.getVoices()
    return list.length ? { status: 'ready', voices: list } : { status: 'checking' }
  })
  useEffect(() => {
    const s = synth()
    if (!s) return
    const update = () => {
      const list = s.getVoices()
      if (list.length) setVoices({ status: 'ready', voices: list })
    }
    s.addEventListener('voiceschanged', update)
    const timer = setTimeout(() => {
      update()
      setVoices((v) => (v.status === 'checking' ? { status: 'none' } : v))
    }, VOICE_WAIT_MS)
    return () => {
      s.removeEventListener('voiceschanged', update)
      clearTimeout(timer)
    }
  }, [])
  return voices
}

export function pickVoice(
  voices: SpeechSynthesisVoice[],
  wanted: string,
): SpeechSynthesisVoice | undefined {
  if (!wanted) return undefined
  return voices.find((v) => v.voiceURI === wanted) ?? voices.find((v) => v.name === wanted)
}

export interface Speech {
  voices: Voices
  /** The user turned speaking on, and a voice exists. */
  canSpeak: boolean
  speak(text: string): void
  stop(): void
}

/** The practice partner's voice, following the user's speech settings. */
export function useSpeech(settings: Settings['speech'] | undefined): Speech {
  const voices = useVoices()
  const canSpeak = voices.status === 'ready' && !!settings?.enabled
  const list = voices.status === 'ready' ? voices.voices : null
  const voiceName = settings?.voice ?? ''
  const rate = settings?.rate ?? 1

  const stop = useCallback(() => synth()?.cancel(), [])
  const speak = useCallback(
    (text: string) => {
      const s = synth()
      if (!s || !list || !canSpeak || !text.trim()) return
      // A new line replaces the one still being said, as a real reply would.
      s.cancel()
      const utterance = new SpeechSynthesisUtterance(text)
      const voice = pickVoice(list, voiceName)
      if (voice) utterance.voice = voice
      utterance.rate = rate
      s.speak(utterance)
    },
    [list, canSpeak, voiceName, rate],
  )
  // Leaving the screen ends the call: no voice should carry on over another page.
  useEffect(() => stop, [stop])
  return { voices, canSpeak, speak, stop }
}
