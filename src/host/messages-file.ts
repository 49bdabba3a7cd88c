import { z } from 'zod'
import type { MessageDraft, SentMessage } from '../contract/messages-api'
import { PERSON_PATTERN } from '../contract/messages-api'
import { channels } from '../core/interview/schema'
import { SLOT_PATTERN } from '../core/messages/slots'
import { BODY_MAX, SUBJECT_MAX, TEMPLATE_ID_PATTERN } from '../core/messages/template-schema'
import type { RecordSpec } from './storage/record-spec'

/** The user's wording for one shipped template. */
export interface TemplateEdit {
  subject?: string
  body: string
  updatedAt: string
}

export const draftKey = (interviewId: string, slot: string, person: string) =>
  `${interviewId}|${slot}|${person}`

const instant = z.iso.datetime({ offset: true })
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

const editSchema = z.strictObject({
  subject: z.string().max(SUBJECT_MAX).optional(),
  body: z.string().min(1).max(BODY_MAX),
  updatedAt: instant,
})

const draftSchema = z.strictObject({
  interviewId: z.string().min(1).max(64),
  slot: z.string().regex(SLOT_PATTERN),
  person: z.string().regex(PERSON_PATTERN),
  templateId: z.string().regex(TEMPLATE_ID_PATTERN),
  subject: z.string().max(SUBJECT_MAX).nullable(),
  body: z.string().max(BODY_MAX),
  options: z.record(z.string(), z.boolean()),
  updatedAt: instant,
})

const sentSchema = z.strictObject({
  person: z.string().regex(PERSON_PATTERN),
  date: day,
  channel: z.enum(channels),
})

/** One stored record, told apart by its key's prefix (see `messageKey`). */
export type MessageRecord =
  | { type: 'template'; edit: TemplateEdit }
  | { type: 'draft'; draft: MessageDraft }
  | { type: 'sent'; sent: SentMessage }

/** Template edits by template id; drafts and sent marks by `draftKey`. */
export const messageKey = {
  template: (id: string) => `template:${id}`,
  draft: (key: string) => `draft:${key}`,
  sent: (key: string) => `sent:${key}`,
}

function parseRecord(raw: unknown, key: string): MessageRecord | null {
  const [type, ...rest] = key.split(':')
  const id = rest.join(':')
  const record = z.object({ type: z.string() }).loose().safeParse(raw)
  if (!record.success || record.data.type !== type) return null
  if (type === 'template') {
    const edit = editSchema.safeParse(record.data.edit)
    return edit.success && TEMPLATE_ID_PATTERN.test(id) ? { type, edit: edit.data } : null
  }
  if (type === 'draft') {
    const d = draftSchema.safeParse(record.data.draft)
    return d.success && id === draftKey(d.data.interviewId, d.data.slot, d.data.person)
      ? { type, draft: d.data }
      : null
  }
  if (type === 'sent') {
    const sent = sentSchema.safeParse(record.data.sent)
    return sent.success && id.split('|').length === 3 ? { type, sent: sent.data } : null
  }
  return null
}

/**
 * Template edits, drafts in progress and sent marks, in one journal of their own so that
 * "mark as sent" removes the draft and records the send in one line. Every record is checked
 * on its own, so one damaged draft never costs the others.
 */
export const messagesFile: RecordSpec<MessageRecord> = {
  name: 'messages',
  label: 'message drafts and templates',
  version: 1,
  parse(raw, key) {
    const value = parseRecord(raw, key)
    return value ? { value, dropped: 0 } : null
  },
}
