import { useId, useLayoutEffect, type RefObject } from 'react'
import { segments, type Mark } from './compose-text'

interface Props {
  label: string
  value: string
  onChange: (value: string) => void
  marks: Mark[]
  activeId: string | null
  textareaRef: RefObject<HTMLTextAreaElement | null>
  description?: string
}

/**
 * A plain textarea over a mirror of its own text in which warnings, gaps and the sentence being
 * pointed at are marked. The mirror is hidden from assistive technology; the checker panel says
 * the same things in words.
 */
export function HighlightedText({
  label,
  value,
  onChange,
  marks,
  activeId,
  textareaRef,
  description,
}: Props) {
  const id = useId()
  const descriptionId = `${id}-description`
  useLayoutEffect(() => {
    const el = textareaRef.current
    if (!el) return
    // Grow with the text, so the mirror never has to follow a scroll position.
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight + 2}px`
  }, [value, textareaRef])
  return (
    <div className="field hl-field">
      <label htmlFor={id}>{label}</label>
      {description && (
        <span id={descriptionId} className="muted small">
          {description}
        </span>
      )}
      <div className="hl-wrap">
        <div className="hl-backdrop" aria-hidden="true">
          {segments(value, marks).map((s, i) =>
            s.mark ? (
              <mark
                key={i}
                className={`hl-${s.mark.kind}${s.mark.id === activeId ? ' hl-active' : ''}`}
              >
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
          {/* A final newline needs something after it to take up its line. */}
          {value.endsWith('\n') ? ' ' : ''}
        </div>
        <textarea
          id={id}
          ref={textareaRef}
          value={value}
          spellCheck
          onChange={(e) => onChange(e.target.value)}
          {...(description ? { 'aria-describedby': descriptionId } : {})}
        />
      </div>
    </div>
  )
}
