import type { Interview } from '../../../core/interview/schema'
import { callLogPreset } from '../../../core/script/call-outcome'
import type { PlayerState } from '../../../core/script/player'
import type { CallScript } from '../../../core/script/schema'
import { LogCall } from './LogCall'

interface Props {
  script: CallScript
  state: PlayerState
  interviews: readonly Pick<Interview, 'id' | 'company' | 'role'>[]
  interviewId: string
  onRestart: () => void
  onBack: () => void
}

/** The call is over: how it went, another go, and logging the real call. */
export function EndOfCall({ script, state, interviews, interviewId, onRestart, onBack }: Props) {
  const nodes = new Map(script.nodes.map((n) => [n.id, n]))
  const edges = new Map(script.edges.map((e) => [e.id, e]))
  const steps = state.path.map((step, i) => ({
    title: nodes.get(step.nodeId)?.title ?? step.nodeId,
    reply: edges.get(state.path[i + 1]?.viaEdgeId ?? '')?.label,
  }))
  const end = nodes.get(state.path[state.path.length - 1]?.nodeId ?? '')
  const replies = steps.flatMap((s) => (s.reply ? [s.reply] : []))
  return (
    <section className="end-of-call" aria-labelledby="end-heading">
      <h3 id="end-heading">End of the call</h3>
      <p>
        {end?.kind === 'voicemail'
          ? 'Leave your message, then hang up.'
          : 'Say your closing line, then hang up.'}{' '}
        You went through {steps.length} {steps.length === 1 ? 'step' : 'steps'}:
      </p>
      <ol className="call-summary">
        {steps.map((s, i) => (
          <li key={i}>
            <strong>{s.title}</strong>
            {s.reply && <span className="muted"> → they said “{s.reply}”</span>}
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button type="button" className="button primary" aria-keyshortcuts="R" onClick={onRestart}>
          Practise again <kbd aria-hidden="true">R</kbd>
        </button>
        <button type="button" className="button" aria-keyshortcuts="Backspace" onClick={onBack}>
          Back one step <kbd aria-hidden="true">⌫</kbd>
        </button>
      </div>
      <LogCall
        interviews={interviews}
        interviewId={interviewId}
        preset={callLogPreset(script, state)}
        note={replies.length ? `Call went: ${replies.join(' → ')}.` : ''}
      />
    </section>
  )
}
