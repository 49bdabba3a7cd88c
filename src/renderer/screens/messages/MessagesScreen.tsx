import { errorMessage } from '../../api/errors'
import { href } from '../../routing/router'
import { PageHeading } from '../../components/PageHeading'
import { useDrafts, useTemplates } from './queries'

const slotName = (slot: string) => {
  if (slot === 'thank-you') return 'Thank-you'
  if (slot === 'rejection-reply') return 'Reply to their decision'
  if (slot === 'next-round') return 'About the next round'
  return `Check-in ${slot.split(':')[1] ?? ''}`.trim()
}

const channelOf: Record<string, string> = { email: 'Email', note: 'Hand-written', phone: 'Phone' }

/** Drafts in progress and the templates every draft starts from. */
export function MessagesScreen() {
  const drafts = useDrafts()
  const templates = useTemplates()
  return (
    <>
      <PageHeading>Messages</PageHeading>
      <p className="muted">
        Drafts start from the templates below, filled in from each interview and your details in
        Settings. Open a step on Today to write the message it needs.
      </p>
      <section className="card" aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">Drafts in progress</h2>
        {drafts.error && (
          <p role="alert" className="error-text">
            {errorMessage(drafts.error)}
          </p>
        )}
        {drafts.data &&
          (drafts.data.length === 0 ? (
            <p className="empty-inline">
              No drafts in progress. Anything you start writing is kept here until you send it.
            </p>
          ) : (
            <ul className="plain-list" aria-label="Drafts">
              {drafts.data.map((d) => (
                <li key={`${d.interviewId}|${d.slot}|${d.person}`}>
                  <a
                    href={href({
                      name: 'compose',
                      id: d.interviewId,
                      slot: d.slot,
                      person: d.person,
                    })}
                  >
                    {d.company}: {slotName(d.slot)}
                    {d.personName && ` to ${d.personName}`}
                  </a>
                  <span className="muted"> · {d.role}</span>
                </li>
              ))}
            </ul>
          ))}
      </section>
      <section className="card" aria-labelledby="templates-heading">
        <h2 id="templates-heading">Templates</h2>
        {templates.error && (
          <p role="alert" className="error-text">
            {errorMessage(templates.error)}
          </p>
        )}
        {templates.data && (
          <ul className="template-list" aria-label="Templates">
            {templates.data.map((t) => (
              <li key={t.id}>
                <a href={href({ name: 'message-template', templateId: t.id })}>{t.name}</a>
                <span className="badge">{channelOf[t.channel]}</span>
                {t.edited && <span className="badge">Edited</span>}
                <p className="muted small">{t.description}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
