import { useId } from 'react'
import type { Take } from '../../../contract/takes-api'
import { takeTrend } from '../../../core/audio/trend'

/** How whole-call takes of this script changed from the first to the latest, in plain words. */
export function TrendPanel({ takes }: { takes: Take[] }) {
  const headingId = useId()
  const runs = takes.filter((t) => t.mode === 'run')
  if (runs.length < 2) return null
  const trend = takeTrend(runs.map((t) => ({ createdAt: t.createdAt, analysis: t.analysis })))
  return (
    <section className="card trend-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Across your {runs.length} whole-call takes</h2>
      <p className="muted">From the first take to the latest:</p>
      <ul>
        {trend.changes.map((c) => (
          <li key={c.metric}>{c.sentence}</li>
        ))}
      </ul>
    </section>
  )
}
