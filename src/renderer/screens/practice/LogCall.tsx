import { useState } from 'react'
import type { Interview } from '../../../core/interview/schema'
import type { CallLogPreset } from '../../../core/script/call-outcome'
import { useToday } from '../../api/queries'
import { href } from '../../routing/router'
import { localToday } from '../../format'
import { LogForm } from '../followups/LogForm'

interface Props {
  interviews: readonly Pick<Interview, 'id' | 'company' | 'role'>[]
  interviewId: string
  preset: CallLogPreset
  note: string
}

/** After a real call made with the script: the log form, then what logging it did. */
export function LogCall({ interviews, interviewId, preset, note }: Props) {
  // The host's day, like the rest of the plan (it differs from this machine's under a test clock).
  const hostToday = useToday().data?.today
  const [logged, setLogged] = useState<{
    interview: Pick<Interview, 'id' | 'company'>
    decided: boolean
  } | null>(null)

  if (interviews.length === 0) {
    return (
      <p className="muted">
        Made the real call? <a href={href({ name: 'new-interview' })}>Add the interview</a> to log
        it and plan what comes next.
      </p>
    )
  }
  if (logged) {
    return (
      <p role="status" className="logged">
        Logged a phone status check with {logged.interview.company}.
        {logged.decided ? ' Nothing more is planned for it.' : ' Your plan is updated.'}{' '}
        <a href={href({ name: 'interview', id: logged.interview.id })}>See the interview</a>
      </p>
    )
  }
  return (
    <LogForm
      variant="call"
      interviews={interviews}
      interviewId={interviewId}
      today={hostToday ?? localToday()}
      preset={preset}
      note={note}
      onLogged={({ interviewId: id, attempt }) => {
        const interview = interviews.find((i) => i.id === id)
        if (interview) setLogged({ interview, decided: !!attempt.outcome })
      }}
    />
  )
}
