import {
  fieldHelp,
  isMessageField,
  type FieldHelp,
  type MessageField,
  type MessageValues,
} from './fields'
import type { MessageTemplate } from './template-schema'

export interface Gap {
  field: MessageField
  /** Offsets in the part it is in. */
  start: number
  end: number
  part: 'subject' | 'body'
}

export interface RenderedMessage {
  /** Null when the template has no subject (a note, a voicemail). */
  subject: string | null
  body: string
  /** Every place a missing value left a named gap, in order. */
  gaps: Gap[]
  /** The missing fields, once each, in order of first use. */
  missing: MessageField[]
}

const SECTION = /\{\{#\s*(\w+)\s*\}\}((?:(?!\{\{#)[\s\S])*?)\{\{\/\s*\1\s*\}\}/
const FIELD = /\{\{\s*(\w+)\s*\}\}/g

/** A value as it goes into a sentence: trimmed, one line, no closing full stop of its own. */
export function inlineValue(value: string | undefined): string {
  return (value ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;,!]+$/, '')
}

/** A signature keeps its lines (name, phone, profile link); blank lines go. */
function blockValue(value: string | undefined): string {
  return (value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n')
}

const valueOf = (name: MessageField, values: MessageValues) =>
  name === 'signature' ? blockValue(values[name]) : inlineValue(values[name])

/** Keeps or drops optional sections: they vanish when their field is empty or option is off. */
function applySections(text: string, keep: (name: string) => boolean): string {
  let out = text
  for (let m = SECTION.exec(out); m; m = SECTION.exec(out)) {
    out = out.slice(0, m.index) + (keep(m[1]!) ? m[2]! : '') + out.slice(m.index + m[0].length)
  }
  return out
    .split('\n')
    .map((line) =>
      line
        .replace(/ {2,}/g, ' ')
        .replace(/ +([.,;:!?])/g, '$1')
        .trimEnd(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function fill(
  text: string,
  values: MessageValues,
  part: Gap['part'],
  gaps: Gap[],
  help: (field: MessageField) => FieldHelp,
): string {
  let out = ''
  let last = 0
  for (const m of text.matchAll(FIELD)) {
    const name = m[1]!
    out += text.slice(last, m.index)
    last = m.index + m[0].length
    if (!isMessageField(name)) {
      out += m[0]
      continue
    }
    const value = valueOf(name, values)
    if (value) out += value
    else {
      const gap = help(name).gap
      gaps.push({ field: name, start: out.length, end: out.length + gap.length, part })
      out += gap
    }
  }
  return out + text.slice(last)
}

/**
 * Fills a template from the interview and Settings. A missing value becomes a visible, named gap
 * ("[job title]"), never "undefined" or raw braces; an optional section whose field is empty
 * (or whose option is off) is left out whole.
 */
export function renderTemplate(
  template: Pick<MessageTemplate, 'subject' | 'body' | 'options'>,
  values: MessageValues,
  options: Record<string, boolean> = {},
  help: (field: MessageField) => FieldHelp = (f) => fieldHelp[f],
): RenderedMessage {
  const optionIds = new Set(template.options.map((o) => o.id))
  const keep = (name: string) =>
    optionIds.has(name)
      ? (options[name] ?? template.options.find((o) => o.id === name)?.default ?? false)
      : isMessageField(name) && valueOf(name, values) !== ''
  const gaps: Gap[] = []
  const subject =
    template.subject === undefined
      ? null
      : fill(applySections(template.subject, keep), values, 'subject', gaps, help)
  const body = fill(applySections(template.body, keep), values, 'body', gaps, help)
  return { subject, body, gaps, missing: [...new Set(gaps.map((g) => g.field))] }
}

/** Gaps still left in an edited draft: the user may have typed over some of them. */
export function gapsLeft(
  text: string,
  help: (field: MessageField) => FieldHelp = (f) => fieldHelp[f],
): { field: MessageField; start: number; end: number }[] {
  const out: { field: MessageField; start: number; end: number }[] = []
  const fields = Object.keys(fieldHelp) as MessageField[]
  for (const field of fields) {
    const gap = help(field).gap
    for (let at = text.indexOf(gap); at !== -1; at = text.indexOf(gap, at + gap.length)) {
      out.push({ field, start: at, end: at + gap.length })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}
