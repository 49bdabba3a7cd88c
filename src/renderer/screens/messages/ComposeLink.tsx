import type { ActionView } from '../../../contract/planner-api'
import { href } from '../../routing/router'

/** Which planned steps have a message to write, and what the link says. */
export function composeLabel(action: Pick<ActionView, 'kind' | 'channel'>): string | null {
  if (action.kind === 'thank-you') return action.channel === 'note' ? 'Write the note' : 'Write it'
  if (action.kind === 'status-check')
    return action.channel === 'phone' ? 'Prepare the call' : 'Write it'
  return null
}

/**
 * Opens the composer for a planned thank-you or status check. Kept tiny and free of the
 * composer's code, so Today and the interview page stay in the first bundle without it.
 */
export function ComposeLink({
  interviewId,
  action,
  label,
}: {
  interviewId: string
  action: ActionView
  /** The accessible name: what the step is, and for which company on Today. */
  label: string
}) {
  const text = composeLabel(action)
  if (!text) return null
  return (
    <a
      className="button small"
      href={href({ name: 'compose', id: interviewId, slot: action.key })}
      aria-label={`${text === 'Prepare the call' ? 'Prepare' : 'Write'}: ${label}`}
    >
      {text}
    </a>
  )
}

/** After a decision: a gracious reply to a rejection, or a nudge about a promised next round. */
export function DecidedMessageLink({
  interviewId,
  outcome,
}: {
  interviewId: string
  outcome: string
}) {
  if (outcome === 'rejected') {
    return (
      <a
        className="button small"
        href={href({ name: 'compose', id: interviewId, slot: 'rejection-reply' })}
      >
        Write a gracious reply
      </a>
    )
  }
  if (outcome === 'next-round') {
    return (
      <a
        className="button small"
        href={href({ name: 'compose', id: interviewId, slot: 'next-round' })}
      >
        Ask about the next round
      </a>
    )
  }
  return null
}
