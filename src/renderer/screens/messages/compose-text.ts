import type { MessageFinding, MessageReview } from '../../../core/messages/check'
import type { FieldHelp, MessageField } from '../../../core/messages/fields'
import { fieldHelp, recruiterFirstNameHelp } from '../../../core/messages/fields'
import type { Recipient } from '../../../core/messages/values'

export interface Span {
  start: number
  end: number
}

/** The draft as the checker reads it: an optional "Subject:" line, a blank line, the body. */
export function checkerText(
  subject: string | null,
  body: string,
): { text: string; bodyAt: number; subjectAt: number } {
  if (subject === null) return { text: body, bodyAt: 0, subjectAt: -1 }
  const head = `Subject: ${subject}\n\n`
  return { text: head + body, bodyAt: head.length, subjectAt: 'Subject: '.length }
}

/** Where a checker span falls: in the subject field or in the body, with offsets there. */
export function locate(
  span: Span,
  layout: { bodyAt: number; subjectAt: number },
): { part: 'subject' | 'body'; start: number; end: number } {
  if (layout.subjectAt >= 0 && span.start < layout.bodyAt) {
    return {
      part: 'subject',
      start: span.start - layout.subjectAt,
      end: span.end - layout.subjectAt,
    }
  }
  return { part: 'body', start: span.start - layout.bodyAt, end: span.end - layout.bodyAt }
}

export type MarkKind = 'warning' | 'gap' | 'found'

export interface Mark extends Span {
  kind: MarkKind
  id: string
}

export interface Segment {
  text: string
  mark?: Mark
}

/** Cuts the text into plain and marked runs; overlapping marks keep the earlier one. */
export function segments(text: string, marks: Mark[]): Segment[] {
  const sorted = marks
    .filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Segment[] = []
  let at = 0
  for (const m of sorted) {
    if (m.start < at) continue
    if (m.start > at) out.push({ text: text.slice(at, m.start) })
    out.push({ text: text.slice(m.start, m.end), mark: m })
    at = m.end
  }
  if (at < text.length) out.push({ text: text.slice(at) })
  return out
}

/** Where a gap is filled, worded for the person the message goes to. */
export function helpFor(recipient: Recipient | null): (field: MessageField) => FieldHelp {
  return (field) =>
    field === 'firstName' && recipient?.role === 'recruiter'
      ? recruiterFirstNameHelp
      : fieldHelp[field]
}

export const findingKey = (f: MessageFinding, i: number) => `${f.rule}:${i}`

/** A one-line summary for screen readers, announced politely as the draft changes. */
export function reviewSummary(review: MessageReview): string {
  const needed = review.elements.filter((e) => !e.optional)
  const found = needed.filter((e) => e.span).length
  const warnings = review.findings.filter((f) => f.severity === 'warning').length
  const parts = [`${found} of ${needed.length} elements found`]
  parts.push(warnings === 0 ? 'no warnings' : `${warnings} warning${warnings === 1 ? '' : 's'}`)
  return parts.join(', ')
}
