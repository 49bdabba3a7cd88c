import { useMemo, useRef, useState } from 'react'
import type { ComposerView, MarkSentInput } from '../../../contract/messages-api'
import type { FollowUpView } from '../../../contract/planner-api'
import { actionLabel } from '../../../core/followup/action-label'
import { reviewMessage } from '../../../core/messages/check'
import { isMessageField, type MessageField } from '../../../core/messages/fields'
import { gapsLeft } from '../../../core/messages/render'
import { errorMessage } from '../../api/errors'
import { rememberFollowUps, useWrite } from '../../api/mutations'
import { href, navigate } from '../../routing/router'
import { PageHeading } from '../../components/PageHeading'
import { SelectInput } from '../../components/SelectInput'
import { formatDayShort } from '../../format'
import { dueText } from '../followups/action-text'
import { CheckerPanel } from './CheckerPanel'
import { checkerText, helpFor, locate, reviewSummary, type Mark } from './compose-text'
import { GapsNote } from './GapsNote'
import { HighlightedText } from './HighlightedText'
import { useComposer } from './queries'
import { templateOf, useDraft } from './use-draft'
import { MessageActions } from './MessageActions'

const slotTitle = (view: ComposerView, templateName: string) => {
  if (view.slot === 'rejection-reply') return 'Reply to their decision'
  if (view.slot === 'next-round') return 'Ask about the next round'
  if (view.action) return actionLabel(view.action)
  return templateName
}

export function ComposerScreen({
  interviewId,
  slot,
  person,
}: {
  interviewId: string
  slot: string
  person?: string
}) {
  const { data, error, isFetchedAfterMount } = useComposer(interviewId, slot, person)
  if (error) {
    return (
      <>
        <PageHeading>Write a message</PageHeading>
        <p role="alert" className="error-text">
          {errorMessage(error)} <a href={href({ name: 'today' })}>Back to Today</a>
        </p>
      </>
    )
  }
  if (!data || !isFetchedAfterMount) return <PageHeading>Write a message</PageHeading>
  return <Composer key={data.recipient?.key ?? 'nobody'} view={data} />
}

function People({ view }: { view: ComposerView }) {
  if (view.recipients.length < 2) return null
  const sentTo = new Set(view.sent.map((s) => s.person))
  if (view.slot === 'thank-you') {
    return (
      <nav className="people-tabs" aria-label="One note per person you met">
        <ul>
          {view.recipients.map((p) => (
            <li key={p.key}>
              <a
                href={href({
                  name: 'compose',
                  id: view.interviewId,
                  slot: view.slot,
                  person: p.key,
                })}
                aria-current={p.key === view.recipient?.key ? 'page' : undefined}
              >
                {p.name || p.firstName}
                {sentTo.has(p.key) && <span className="sent-tick"> · sent</span>}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    )
  }
  return (
    <div className="recipient-pick">
      <SelectInput
        label="Write to"
        value={view.recipient?.key ?? ''}
        onChange={(key) =>
          navigate({ name: 'compose', id: view.interviewId, slot: view.slot, person: key })
        }
        options={view.recipients.map(
          (p) => [p.key, `${p.name}${p.role === 'recruiter' ? ' (recruiter)' : ''}`] as const,
        )}
      />
    </div>
  )
}

function Composer({ view }: { view: ComposerView }) {
  const { draft, save, edit, startOver, forget } = useDraft(view)
  const template = templateOf(view, draft.templateId)
  const help = useMemo(() => helpFor(view.recipient), [view.recipient])
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const subjectRef = useRef<HTMLInputElement>(null)
  const [active, setActive] = useState<string | null>(null)
  const [confirmTemplate, setConfirmTemplate] = useState<string | null>(null)
  const [sentView, setSentView] = useState<FollowUpView | null>(null)
  const markAsSent = useWrite(
    (api, input: MarkSentInput) => api.markMessageSent(input),
    rememberFollowUps,
  )

  const layout = checkerText(draft.subject, draft.body)
  const review = useMemo(
    () => reviewMessage({ kind: template.kind, draft: layout.text, context: view.context }),
    [template.kind, layout.text, view.context],
  )

  const bodyGaps = gapsLeft(draft.body, help)
  const subjectGaps = draft.subject === null ? [] : gapsLeft(draft.subject, help)
  const gapFields = [...new Set([...subjectGaps, ...bodyGaps].map((g) => g.field))]
  const couldAdd = [
    ...`${template.subject ?? ''}${template.body}`.matchAll(/\{\{#\s*(\w+)\s*\}\}/g),
  ]
    .map((m) => m[1]!)
    .filter(
      (f): f is MessageField =>
        isMessageField(f) && !view.values[f]?.trim() && help(f).source === 'interview',
    )
    .filter((f) => f !== 'others' && f !== 'interviewers')

  const marks: Mark[] = [
    ...bodyGaps.map((g) => ({
      start: g.start,
      end: g.end,
      kind: 'gap' as const,
      id: `gap:${g.start}`,
    })),
    ...review.findings.flatMap((f) => {
      if (!f.span) return []
      const at = locate(f.span, layout)
      return at.part === 'body'
        ? [
            {
              start: at.start,
              end: at.end,
              kind: 'warning' as const,
              id: `${f.rule}:${f.span.start}`,
            },
          ]
        : []
    }),
    ...review.elements.flatMap((e) => {
      if (!e.span || e.rule !== active) return []
      const at = locate(e.span, layout)
      return at.part === 'body'
        ? [{ start: at.start, end: at.end, kind: 'found' as const, id: e.rule }]
        : []
    }),
  ]

  const show = (span: { start: number; end: number }, id: string) => {
    setActive(id)
    const at = locate(span, layout)
    const el = at.part === 'subject' ? subjectRef.current : bodyRef.current
    if (!el) return
    el.focus()
    el.setSelectionRange(at.start, at.end)
  }

  const chooseTemplate = (id: string) => {
    if (draft.edited && id !== draft.templateId) setConfirmTemplate(id)
    else void startOver(id)
  }

  const channel = template.channel
  const recipient = view.recipient
  const title = slotTitle(view, template.name)
  const to = recipient
    ? `${recipient.name}${recipient.role === 'recruiter' ? ' (your recruiter)' : ''}`
    : ''
  const warningsInSubject = review.findings.filter(
    (f) => f.span && locate(f.span, layout).part === 'subject',
  )

  const markSent = () =>
    markAsSent.run(
      {
        interviewId: view.interviewId,
        slot: view.slot,
        person: recipient?.key ?? 'nobody',
        channel,
        ...(draft.subject ? { subject: draft.subject } : {}),
      },
      (next) => {
        forget()
        setSentView(next)
      },
    )

  return (
    <>
      <PageHeading>
        {title}
        <span className="heading-sub">
          <a href={href({ name: 'interview', id: view.interviewId })}>{view.company}</a> ·{' '}
          {view.role}
        </span>
      </PageHeading>
      {view.action && (
        <p className="composer-plan">
          <span className={view.action.due < view.today ? 'due overdue' : 'due'}>
            {dueText(view.action.due, view.today)}
          </span>{' '}
          · {view.action.reason}
        </p>
      )}
      <People view={view} />
      {sentView ? (
        <SentPanel view={view} next={sentView} />
      ) : (
        <div className="composer">
          <div className="composer-main">
            {channel === 'phone' && (
              <p className="banner-calm">
                This check is a phone call.{' '}
                <a href={href({ name: 'practice' })}>Rehearse the call</a> first; below is what to
                leave if it goes to voicemail.
              </p>
            )}
            <GapsNote view={view} gaps={gapFields} couldAdd={couldAdd} help={help} />
            <div className="composer-fields card">
              <div className="composer-meta">
                <SelectInput
                  label="Template"
                  value={draft.templateId}
                  onChange={chooseTemplate}
                  options={view.templates.map((t) => [t.id, t.name] as const)}
                />
                {template.options.map((o) => (
                  <label key={o.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={draft.options[o.id] ?? o.default}
                      onChange={(e) => {
                        const options = { ...draft.options, [o.id]: e.target.checked }
                        if (draft.edited) edit({ options })
                        else void startOver(draft.templateId, options)
                      }}
                      disabled={draft.edited}
                    />
                    {o.label}
                    {draft.edited && <span className="muted small"> (start over to change)</span>}
                  </label>
                ))}
              </div>
              {confirmTemplate && (
                <div className="form-banner" role="alert">
                  <p>
                    Switch to “{templateOf(view, confirmTemplate).name}”? Your edits to this draft
                    will be replaced.
                  </p>
                  <p className="form-actions">
                    <button
                      type="button"
                      className="button small primary"
                      onClick={() => {
                        void startOver(confirmTemplate)
                        setConfirmTemplate(null)
                      }}
                    >
                      Replace my draft
                    </button>
                    <button
                      type="button"
                      className="button small"
                      onClick={() => setConfirmTemplate(null)}
                    >
                      Keep my draft
                    </button>
                  </p>
                </div>
              )}
              {channel === 'email' && (
                <p className="to-line">
                  <span className="muted">To:</span>{' '}
                  {recipient?.email ? (
                    <>
                      {to} &lt;{recipient.email}&gt;
                    </>
                  ) : (
                    <>
                      {to || 'nobody yet'}{' '}
                      <span className="muted small">
                        (no email saved: add it to the interview, or type it in your mail app)
                      </span>
                    </>
                  )}
                </p>
              )}
              {draft.subject !== null && (
                <div className="field">
                  <label htmlFor="composer-subject">Subject</label>
                  <input
                    id="composer-subject"
                    ref={subjectRef}
                    value={draft.subject}
                    onChange={(e) => edit({ subject: e.target.value })}
                  />
                  {warningsInSubject.length > 0 && (
                    <span className="field-error">
                      The subject has a warning: see the list beside the message.
                    </span>
                  )}
                </div>
              )}
              <HighlightedText
                label={
                  channel === 'phone' ? 'What to say' : channel === 'note' ? 'Your note' : 'Message'
                }
                value={draft.body}
                onChange={(body) => edit({ body })}
                marks={marks}
                activeId={active}
                textareaRef={bodyRef}
                {...(template.description ? { description: template.description } : {})}
              />
              <p className="save-line" role="status">
                {save.status === 'saving'
                  ? 'Saving draft…'
                  : save.status === 'saved'
                    ? 'Draft saved. It will be here when you come back.'
                    : save.status === 'error'
                      ? `Not saved: ${save.message}`
                      : 'Filled in from the interview and Settings.'}
              </p>
              <p className="visually-hidden" role="status">
                {reviewSummary(review)}
              </p>
            </div>
            <MessageActions
              view={view}
              channel={channel}
              subject={draft.subject}
              body={draft.body}
              gapsLeft={gapFields.length}
              edited={draft.edited}
              onStartOver={() => void startOver(draft.templateId)}
              onMarkSent={() => void markSent()}
            />
          </div>
          <CheckerPanel review={review} text={layout.text} onShow={show} />
        </div>
      )}
    </>
  )
}

function SentPanel({ view, next }: { view: ComposerView; next: FollowUpView }) {
  const upcoming = next.actions[0]
  const sentTo = new Set([...view.sent.map((s) => s.person), view.recipient?.key])
  const nextPerson =
    view.slot === 'thank-you' ? view.recipients.find((p) => !sentTo.has(p.key)) : undefined
  return (
    <section className="card sent-panel" aria-labelledby="sent-heading">
      <h2 id="sent-heading">Marked as sent</h2>
      <p role="status">
        Logged for {formatDayShort(next.today)}
        {view.recipient ? `, to ${view.recipient.name}` : ''}.{' '}
        {view.slot === 'rejection-reply'
          ? 'Nothing more is planned for this interview.'
          : upcoming
            ? `Next: ${actionLabel(upcoming)}, due ${formatDayShort(upcoming.due)}.`
            : 'Nothing more is planned for now.'}
      </p>
      <p className="form-actions">
        {nextPerson && (
          <a
            className="button primary"
            href={href({
              name: 'compose',
              id: view.interviewId,
              slot: view.slot,
              person: nextPerson.key,
            })}
          >
            Write to {nextPerson.firstName} next
          </a>
        )}
        <a className="button" href={href({ name: 'today' })}>
          Back to Today
        </a>
        <a className="button" href={href({ name: 'interview', id: view.interviewId })}>
          Open the interview
        </a>
      </p>
    </section>
  )
}
