import { levelWords } from '../../audio/level'

/** The live microphone level: a bar to glance at, and a meter a screen reader can query. */
export function LevelMeter({ level }: { level: number }) {
  return (
    <div
      className="level-meter"
      role="meter"
      aria-label="Microphone level"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={level}
      aria-valuetext={`${level} percent, ${levelWords(level)}`}
    >
      <div className="level-meter-fill" style={{ width: `${level}%` }} />
    </div>
  )
}
