import type { PracticeCounts, ScriptEdge } from '../../../core/script/schema'

/** "never practised", "practised once", "practised 3 times": so untried branches stand out. */
export function practisedText(count: number): string {
  if (count === 0) return 'never practised'
  return count === 1 ? 'practised once' : `practised ${count} times`
}

interface Props {
  replies: ScriptEdge[]
  counts: PracticeCounts
  surprise: boolean
  onChoose: (index: number) => void
  onSurprise: () => void
}

/** The employer's possible answers as numbered buttons, or one "let them answer" in surprise mode. */
export function ReplyChoices({ replies, counts, surprise, onChoose, onSurprise }: Props) {
  if (surprise) {
    return (
      <section className="replies" aria-labelledby="replies-heading">
        <h3 id="replies-heading">Their turn</h3>
        <p className="muted">Say your line out loud, then hear what they answer.</p>
        <button
          type="button"
          className="button primary big"
          aria-keyshortcuts="N"
          onClick={onSurprise}
        >
          Let them answer <kbd aria-hidden="true">N</kbd>
        </button>
      </section>
    )
  }
  return (
    <section className="replies" aria-labelledby="replies-heading">
      <h3 id="replies-heading">What do they say?</h3>
      <ul className="reply-list">
        {replies.map((reply, i) => {
          const count = counts[reply.id] ?? 0
          return (
            <li key={reply.id}>
              <button
                type="button"
                className="reply-button"
                aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
                aria-describedby={`reply-count-${i}`}
                onClick={() => onChoose(i)}
              >
                {i < 9 && <kbd>{i + 1}</kbd>} {reply.label}
                <span className={`reply-count ${count ? '' : 'is-new'}`} aria-hidden="true">
                  {count === 0 ? 'new' : `×${count}`}
                </span>
              </button>
              {/* Read as the button's description, so its name stays "1 Not decided yet". */}
              <span id={`reply-count-${i}`} hidden>
                {practisedText(count)}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
