import type { ActionView } from '../../../contract/planner-api'
import { DEFAULT_SCRIPT_ID } from '../../../core/script/default-script-id'
import { href } from '../../routing/router'
import './followups.css'

/** A phone check-in can be rehearsed straight from the plan, with its interview chosen. */
export function PractiseCallLink({
  interviewId,
  action,
  company,
}: {
  interviewId: string
  action: ActionView
  company?: string | undefined
}) {
  if (action.kind !== 'status-check' || action.channel !== 'phone') return null
  return (
    <a
      className="button small practise-call"
      href={href({ name: 'practice-play', scriptId: DEFAULT_SCRIPT_ID, interviewId })}
    >
      Practise this call{company && <span className="visually-hidden"> with {company}</span>}
    </a>
  )
}
