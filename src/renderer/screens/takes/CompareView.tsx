import { format, parseISO } from 'date-fns'
import { useEffect, useId, useRef } from 'react'
import type { Take } from '../../../contract/takes-api'
import type { TakeAnalysis } from '../../../core/audio/analyze'
import { formatDuration } from '../../../core/audio/format'
import { loudnessSummary, paceSummary, pauseSummary, spanTime } from './evidence'
import { TakePlayer } from './TakePlayer'

const rows: [string, (a: TakeAnalysis) => string][] = [
  ['Length', (a) => formatDuration(a.durationMs)],
  ['Speaking', (a) => `${spanTime(a.speakingMs)} of ${spanTime(a.durationMs)}`],
  ['Pace', paceSummary],
  ['Pauses', pauseSummary],
  ['Level', loudnessSummary],
  ['Clipping', (a) => (a.clipping ? `${(a.clippedRatio * 100).toFixed(1)}% of the take` : 'None')],
  ['Too quiet?', (a) => (a.tooQuiet ? 'Yes, quiet' : 'No')],
]

/** Two takes side by side: both players, then the measurements in one table to read across. */
export function CompareView({
  takes: [a, b],
  titleOf,
  onClose,
}: {
  takes: [Take, Take]
  titleOf: (nodeId: string) => string
  onClose: () => void
}) {
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const steps = [...new Set([...a.analysis.perNode, ...b.analysis.perNode].map((s) => s.nodeId))]
  const stepTime = (t: Take, nodeId: string) => {
    const spans = t.analysis.perNode.filter((s) => s.nodeId === nodeId)
    return spans.length ? spanTime(spans.reduce((n, s) => n + s.endMs - s.startMs, 0)) : '—'
  }

  return (
    <section className="card compare-view" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Comparing “{a.name}” and “{b.name}”
        </h2>
        <button type="button" className="button" onClick={onClose}>
          Close comparison
        </button>
      </div>
      <div className="compare-grid">
        {[a, b].map((t) => (
          <div key={t.id} className="compare-side">
            <h3>
              {t.name}{' '}
              <span className="muted small">{format(parseISO(t.createdAt), 'MMM d, HH:mm')}</span>
            </h3>
            <TakePlayer take={t} titleOf={titleOf} compact />
          </div>
        ))}
      </div>
      <table className="compare-table">
        <caption className="visually-hidden">Measurements of both takes</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">{a.name}</th>
            <th scope="col">{b.name}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value(a.analysis)}</td>
              <td>{value(b.analysis)}</td>
            </tr>
          ))}
          {steps.map((nodeId) => (
            <tr key={nodeId}>
              <th scope="row">Time on “{titleOf(nodeId)}”</th>
              <td>{stepTime(a, nodeId)}</td>
              <td>{stepTime(b, nodeId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
