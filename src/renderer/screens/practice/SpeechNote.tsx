import { href } from '../../routing/router'
import type { Speech } from './use-speech'

/** Says plainly whether the practice partner will speak, and where to change it. */
export function SpeechNote({ speech, enabled }: { speech: Speech; enabled: boolean }) {
  const settings = <a href={href({ name: 'settings' })}>Settings</a>
  if (speech.voices.status === 'checking') return null
  if (speech.voices.status === 'none') {
    return (
      <p className="speech-note">
        No voice is available on this system, so the employer’s lines are shown but not spoken.
      </p>
    )
  }
  if (!enabled) {
    return <p className="speech-note">Speaking is off. You can turn it on in {settings}.</p>
  }
  return (
    <p className="speech-note">
      The employer’s lines are spoken aloud. Voice and speed are in {settings}.
    </p>
  )
}
