import type { ReactNode } from 'react'
import type { Interview } from '../../../core/interview/schema'
import { errorMessage } from '../../api/errors'
import { useInterview } from '../../api/queries'
import { href, navigate } from '../../routing/router'
import { PageHeading } from '../../components/PageHeading'
import { formatDay } from '../../format'
import { channelLabels, outcomeLabels, roundLabels, workplaceLabels } from '../../labels'
import { useDeleteInterview } from './use-delete-interview'
import { ExampleNote } from '../example/ExampleInterview'

function timeframeText(i: Interview): string {
  const tf = i.timeframe
  switch (tf.kind) {
    case 'open':
      return 'No timeframe given'
    case 'date':
      return `By ${formatDay(tf.date)}`
    case 'days':
      return `Within ${tf.days} ${tf.business ? 'business ' : ''}day${tf.days === 1 ? '' : 's'}`
    case 'weeks':
      return `Within ${tf.weeks} week${tf.weeks === 1 ? '' : 's'}`
  }
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detail">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

export function InterviewScreen({ id, children }: { id: string; children?: ReactNode }) {
  const { data: i, error } = useInterview(id)
  const remove = useDeleteInterview()
  if (error) {
    return (
      <>
        <PageHeading>Interview</PageHeading>
        <p role="alert" className="error-text">
          {errorMessage(error)} <a href={href({ name: 'interviews' })}>Back to your interviews</a>
        </p>
      </>
    )
  }
  if (!i) return <PageHeading>Interview</PageHeading>
  const notes: [string, string][] = (
    [
      ['Topics you discussed', i.topics],
      ['Strengths to stress', i.strengths],
      ['Something you forgot to mention', i.forgotten],
      ['A recent accomplishment', i.accomplishment],
      ['Notes', i.notes],
      ['A time you changed fields', i.industryChange ?? ''],
      ['A skill you are building', i.skillInProgress ?? ''],
      ['Your salary range', i.salaryRange ?? ''],
    ] as [string, string][]
  ).filter(([, text]) => text)

  return (
    <>
      <PageHeading
        actions={
          <>
            <a className="button" href={href({ name: 'edit-interview', id })}>
              Edit
            </a>
            <button
              type="button"
              className="button danger"
              onClick={() => remove(i, () => navigate({ name: 'interviews' }))}
            >
              Delete
            </button>
          </>
        }
      >
        {i.company}
        <span className="heading-sub">{i.role}</span>
      </PageHeading>
      {i.example && <ExampleNote />}
      <dl className="details">
        <Detail term="Interview">
          {formatDay(i.interviewDate)}
          {i.interviewTime && ` at ${i.interviewTime}`} · {roundLabels[i.round]}
        </Detail>
        <Detail term="Outcome">
          <span className={`badge outcome-${i.outcome}`}>{outcomeLabels[i.outcome]}</span>
        </Detail>
        <Detail term="Their timeframe">{timeframeText(i)}</Detail>
        {i.doNotContact && <Detail term="Contact">They asked not to be contacted</Detail>}
        <Detail term="Interviewers">
          {i.interviewers.length === 0
            ? 'None added'
            : i.interviewers.map((p, n) => (
                <span key={n} className="person">
                  {p.firstName} {p.lastName}
                  {p.title && `, ${p.title}`}
                  {p.email && ` · ${p.email}`}
                  {p.phone && ` · ${p.phone}`}
                </span>
              ))}
        </Detail>
        {i.recruiter && (
          <Detail term="Recruiter">
            {i.recruiter.name}
            {i.recruiter.agency && ` (${i.recruiter.agency})`}
            {i.recruiter.phone && ` · ${i.recruiter.phone}`}
            {i.recruiter.email && ` · ${i.recruiter.email}`}
          </Detail>
        )}
        {i.preferredChannel && (
          <Detail term="Preferred channel">{channelLabels[i.preferredChannel]}</Detail>
        )}
        {i.workplace && <Detail term="Workplace style">{workplaceLabels[i.workplace]}</Detail>}
      </dl>
      {children}
      {notes.length > 0 && (
        <section className="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes for your messages</h2>
          <dl className="details">
            {notes.map(([term, text]) => (
              <Detail key={term} term={term}>
                <span className="pre-wrap">{text}</span>
              </Detail>
            ))}
          </dl>
        </section>
      )}
    </>
  )
}
