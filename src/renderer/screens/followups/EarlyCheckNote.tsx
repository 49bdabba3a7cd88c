import type { AttemptDraftInput } from '../../../core/followup/attempt-schema'
import { earlyCheckWarning } from '../../../core/followup/too-early'
import { useFollowUps } from '../../api/queries'

interface Props {
  interviewId: string
  kind: AttemptDraftInput['kind']
  date: string
}

/** RULES.md T12: a calm word when a check comes before its planned day; it never blocks saving. */
export function EarlyCheckNote({ interviewId, kind, date }: Props) {
  const { data } = useFollowUps(interviewId)
  const warning = data && earlyCheckWarning(kind, date, [...data.actions, ...data.dismissed])
  if (!warning) return null
  return (
    <p className="early-note" role="note">
      {warning.message}
    </p>
  )
}
