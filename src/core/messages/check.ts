import { elementRules } from './elements'
import { parseDraft } from './text-model'
import { warningRules } from './warnings'
import type {
  ElementResult,
  MessageContext,
  MessageFinding,
  MessageKind,
  MessageReview,
} from './check-types'

export type {
  ElementResult,
  MessageContext,
  MessageFinding,
  MessageKind,
  MessageReview,
  RuleId,
} from './check-types'
export { ruleIds } from './check-types'

interface CheckInput {
  kind: MessageKind
  draft: string
  context: MessageContext
}

/**
 * What a good message of this kind has (each found element pointing at its sentence) and what
 * to warn about (each pointing at the words that caused it). Pure, and fast enough to run on
 * every keystroke.
 */
export function reviewMessage({ kind, draft, context }: CheckInput): MessageReview {
  // A voicemail is spoken: its closing "Thank you" is thanks, not a signature.
  const doc = parseDraft(draft, { signOff: kind !== 'voicemail' })
  const body = doc.sentences.filter((s) => !s.signOff)
  const elements: ElementResult[] = []
  const findings: MessageFinding[] = []
  for (const r of elementRules) {
    if (!r.kinds.includes(kind) || (r.applies && !r.applies(context))) continue
    const hit = r.find(body, context, doc)
    const optional = r.optional ?? false
    elements.push({
      rule: r.rule,
      label: r.label,
      optional,
      ...(hit ? { span: { start: hit.span.start, end: hit.span.end } } : {}),
    })
    if (!hit) {
      findings.push({
        rule: r.rule,
        severity: optional ? 'suggestion' : 'missing',
        message: r.missing(context),
      })
    }
  }
  for (const r of warningRules) {
    if (r.kinds !== 'any' && !r.kinds.includes(kind)) continue
    for (const f of r.run(doc, context, kind)) findings.push({ rule: r.rule, ...f })
  }
  return { elements, findings }
}

/** The checker's findings for one draft: missing elements, warnings and suggestions. */
export function checkMessage(input: CheckInput): MessageFinding[] {
  return reviewMessage(input).findings
}
