import { useEffect, useRef } from 'react'
import type { Interview } from '../../../core/interview/schema'
import { href, navigate } from '../../routing/router'
import { takeBannerFocus, useExample } from './use-example'

// The built-in call script, ready to practise with the example's interviewer filled in.
const PRACTICE = href({ name: 'practice-play', scriptId: 'default-call' })

/** The first-run offer beside "Add your first interview". */
export function TryExampleButton() {
  const { add, busy } = useExample()
  return (
    <button type="button" className="button" onClick={() => void add()} disabled={busy}>
      Try it with an example interview
    </button>
  )
}

/**
 * Says plainly that an example is on screen, and removes it in one press. Focus lands here after
 * adding, so keyboard users find the way out at once.
 */
export function ExampleBanner({ example }: { example: Pick<Interview, 'id' | 'company'> }) {
  const { remove, busy } = useExample()
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    if (takeBannerFocus()) ref.current?.focus()
  }, [])
  return (
    <section
      ref={ref}
      id="example-banner"
      className="example-banner"
      aria-labelledby="example-banner-title"
      tabIndex={-1}
    >
      <div>
        <h2 id="example-banner-title">You’re trying Follow-Through with an example</h2>
        <p>
          <a href={href({ name: 'interview', id: example.id })}>{example.company}</a> has a
          thank-you already logged and a check-in due. Mark it done, open it, or practise the call;
          nothing here counts in Insights.
        </p>
      </div>
      <div className="example-actions">
        <a className="button" href={PRACTICE}>
          Practise the call
        </a>
        <button type="button" className="button" onClick={() => void remove()} disabled={busy}>
          Remove the example
        </button>
      </div>
    </section>
  )
}

/** On the example's own page: what it is, and the same one-press way out. */
export function ExampleNote() {
  const { remove, busy } = useExample()
  return (
    <p className="example-note" role="note">
      This is the example interview: try things here, nothing counts in Insights.{' '}
      <button
        type="button"
        className="button small"
        onClick={() => void remove(() => navigate({ name: 'today' }))}
        disabled={busy}
      >
        Remove the example
      </button>
    </p>
  )
}
