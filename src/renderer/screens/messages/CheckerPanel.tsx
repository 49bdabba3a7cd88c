import type { MessageReview } from '../../../core/messages/check'

interface Props {
  review: MessageReview
  /** Text of the draft as the checker read it, to quote the sentence each element is in. */
  text: string
  onShow: (span: { start: number; end: number }, id: string) => void
}

const quote = (text: string, span: { start: number; end: number }) => {
  const words = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()
  return words.length > 90 ? `${words.slice(0, 87)}…` : words
}

/** The checker's verdict in words: what the draft has (and where), what it lacks, what to watch. */
export function CheckerPanel({ review, text, onShow }: Props) {
  const missingMessage = (rule: string) => review.findings.find((f) => f.rule === rule)?.message
  const required = review.elements.filter((e) => !e.optional)
  const optional = review.elements.filter((e) => e.optional)
  const warnings = review.findings.filter((f) => f.severity === 'warning')
  return (
    <aside className="checker" aria-label="Message check">
      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">What a good message has</h2>
        <ul className="checklist">
          {[...required, ...optional].map((e) => (
            <li
              key={e.rule}
              className={e.span ? 'is-found' : e.optional ? 'is-optional' : 'is-missing'}
            >
              <span className="check-mark" aria-hidden="true">
                {e.span ? '✓' : e.optional ? '+' : '○'}
              </span>
              <div>
                <p className="check-label">
                  <span className="visually-hidden">
                    {e.span ? 'Found: ' : e.optional ? 'Optional: ' : 'Missing: '}
                  </span>
                  {e.label}
                </p>
                {e.span ? (
                  <button
                    type="button"
                    className="link-button quote"
                    onClick={() => onShow(e.span!, e.rule)}
                  >
                    “{quote(text, e.span)}”
                  </button>
                ) : (
                  <p className="check-help">{missingMessage(e.rule)}</p>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="warnings-heading" className="warnings">
        <h2 id="warnings-heading">
          Warnings <span className="count">{warnings.length}</span>
        </h2>
        {warnings.length === 0 ? (
          <p className="empty-inline">Nothing to warn about. It reads calm and friendly.</p>
        ) : (
          <ul className="warning-list">
            {warnings.map((f, i) => (
              <li key={`${f.rule}:${i}`} className="warning-item">
                <p>{f.message}</p>
                {f.span && (
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Show “${quote(text, f.span)}” in the message`}
                    onClick={() => onShow(f.span!, `${f.rule}:${f.span!.start}`)}
                  >
                    Show
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  )
}
