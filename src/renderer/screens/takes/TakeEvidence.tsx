import type { Take } from '../../../contract/takes-api'
import {
  clippingNote,
  clippingSummary,
  loudnessSummary,
  paceNote,
  paceSummary,
  pauseSummary,
  spanTime,
  speakingSummary,
  stepPace,
  tooQuietNote,
} from './evidence'

/** What was measured in a take: plain facts, and a calm note where something is worth a look. */
export function TakeEvidence({ take, titleOf }: { take: Take; titleOf: (id: string) => string }) {
  const a = take.analysis
  const quiet = tooQuietNote(a)
  const clipped = clippingNote(a)
  const pace = paceNote(a)
  return (
    <>
      <dl className="evidence">
        <div>
          <dt>Speaking</dt>
          <dd>{speakingSummary(a)}</dd>
        </div>
        <div>
          <dt>Pace</dt>
          <dd>{paceSummary(a)}</dd>
        </div>
        <div>
          <dt>Pauses</dt>
          <dd>{pauseSummary(a)}</dd>
        </div>
        <div>
          <dt>Level</dt>
          <dd>{loudnessSummary(a)}</dd>
        </div>
        <div>
          <dt>Clipping</dt>
          <dd>{clippingSummary(a)}</dd>
        </div>
      </dl>
      {(quiet || clipped || pace) && (
        <div className="calm-note" role="note">
          {quiet && <p>{quiet}</p>}
          {clipped && <p>{clipped}</p>}
          {pace && <p>{pace}</p>}
        </div>
      )}
      {take.mode === 'run' && a.perNode.length > 0 && (
        <table className="node-timing">
          <caption>Time on each step</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">On screen</th>
              <th scope="col">Speaking</th>
              {a.pace && <th scope="col">Pace (words a minute)</th>}
            </tr>
          </thead>
          <tbody>
            {a.perNode.map((span, i) => (
              <tr key={`${span.nodeId}-${i}`}>
                <th scope="row">{titleOf(span.nodeId)}</th>
                <td>{spanTime(span.endMs - span.startMs)}</td>
                <td>{spanTime(span.speakingMs)}</td>
                {a.pace && <td>{stepPace(span.wordsPerMinute)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
