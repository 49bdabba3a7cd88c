import { useState } from 'react'
import { errorMessage } from '../../api/errors'
import { rememberFollowUps, useWrite } from '../../api/mutations'
import { useFollowUps, useInterview } from '../../api/queries'
import { href, navigate } from '../../routing/router'
import { useToast } from '../../components/Toasts'
import { outcomeLabels } from '../../labels'
import { ActionCommandsProvider } from './ActionCommands'
import { ActionItem } from './ActionItem'
import { CalendarExportButton } from './CalendarExportButton'
import '../../reminders/reminders.css'
import { LogForm } from './LogForm'
import { DecidedMessageLink } from '../messages/ComposeLink'
import { Timeline } from './Timeline'

/** The interview page's follow-up story: what to do next, the log, and the timeline. */
export function FollowUpSection({ interviewId }: { interviewId: string }) {
  const { data: interview } = useInterview(interviewId)
  const { data: view, error } = useFollowUps(interviewId)
  const [logging, setLogging] = useState(false)
  const toast = useToast()
  const unlog = useWrite(
    (api, attemptId: string) => api.deleteAttempt({ interviewId, attemptId }),
    rememberFollowUps,
  )

  if (error)
    return (
      <p role="alert" className="error-text">
        {errorMessage(error)}
      </p>
    )
  if (!view || !interview) return null
  const today = view.today

  const deleteAttempt = (attemptId: string) =>
    unlog.run(attemptId, () => toast({ message: 'Removed from the log. The plan is updated.' }))

  const decided = interview.outcome !== 'pending'
  return (
    <>
      <section className="card" aria-labelledby="next-heading">
        <div className="card-header">
          <h2 id="next-heading">What’s next</h2>
          <div className="card-header-actions">
            {view.actions.length > 0 && <CalendarExportButton interviewId={interviewId} />}
            {!logging && (
              <button type="button" className="button" onClick={() => setLogging(true)}>
                Log a follow-up
              </button>
            )}
          </div>
        </div>
        {logging && (
          <LogForm
            variant="attempt"
            interviewId={interviewId}
            today={today}
            onCancel={() => setLogging(false)}
            onLogged={({ attempt }) => {
              setLogging(false)
              toast(
                attempt.outcome === 'next-round'
                  ? {
                      message:
                        'Congratulations on the next round! Add it so its follow-ups are planned too.',
                      ms: 15_000,
                      action: {
                        label: 'Add next round',
                        run: () => navigate({ name: 'next-round', id: interviewId }),
                      },
                    }
                  : { message: 'Logged. Your plan is updated.' },
              )
            }}
          />
        )}
        {decided && (
          <p className="banner-calm" role="status">
            Decided: {outcomeLabels[interview.outcome]}. Nothing more is planned for this interview.
            {interview.outcome === 'next-round' && (
              <>
                {' '}
                <a href={href({ name: 'next-round', id: interviewId })}>Add the next round</a> to
                plan its follow-ups.
              </>
            )}{' '}
            <DecidedMessageLink interviewId={interviewId} outcome={interview.outcome} />
          </p>
        )}
        {view.movedOn && !decided && (
          <p className="banner-calm" role="status">
            Moved on: three check-ins went unanswered, so no more are planned. That says nothing
            about you; it happens a lot. If they get back to you, log it here.
          </p>
        )}
        {interview.doNotContact && !decided && (
          <p className="muted">They asked not to be contacted, so only the thank-you is planned.</p>
        )}
        {view.actions.length > 0 ? (
          <ActionCommandsProvider>
            <ul className="action-list">
              {view.actions.map((a) => (
                <ActionItem
                  key={a.key}
                  interviewId={interviewId}
                  action={a}
                  effectiveDue={a.snoozedUntil ?? a.due}
                  today={today}
                />
              ))}
            </ul>
          </ActionCommandsProvider>
        ) : (
          !decided && !view.movedOn && <p className="empty-inline">Nothing is planned right now.</p>
        )}
      </section>
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline
          interview={interview}
          view={view}
          onDeleteAttempt={(id) => void deleteAttempt(id)}
        />
      </section>
    </>
  )
}
