import { z } from 'zod'
import type { MessageDraft, SentMessage } from '../contract/messages-api'
import { PERSON_PATTERN } from '../contract/messages-api'
import { channels } from '../core/interview/schema'
import { SLOT_PATTERN } from '../core/messages/slots'
import { BODY_MAX, SUBJECT_MAX, TEMPLATE_ID_PATTERN } from '../core/messages/template-schema'
import { stampVersionOne } from '../core/store/migrations'
import type { CollectionSpec } from './collection'

/** The user's wording for one shipped template. */
export interface TemplateEdit {
  subject?: string
  body: string
  updatedAt: string
}

export interface MessagesData {
  /** Edited templates by id; a template not here is used as shipped. */
  templates: ReadonlyMap<string, TemplateEdit>
  /** Drafts by `draftKey`. */
  drafts: ReadonlyMap<string, MessageDraft>
  /** Sent marks by `draftKey`. */
  sent: ReadonlyMap<string, SentMessage>
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

/** Reads one map of records, keeping the good ones and counting the rest. */
function readMap<T>(
  raw: unknown,
  schema: z.ZodType<T>,
  keyOk: (key: string, value: T) => boolean = () => true,
): { map: Map<string, T>; dropped: number } {
  const entries = z
    .record(z.string(), z.unknown())
    .catch({})
    .parse(raw ?? {})
  const map = new Map<string, T>()
  let dropped = 0
  for (const [key, item] of Object.entries(entries)) {
    const parsed = schema.safeParse(item)
    if (parsed.success && keyOk(key, parsed.data)) map.set(key, parsed.data)
    else dropped++
  }
  return { map, dropped }
}

/**
 * Template edits, drafts in progress and sent marks, in one store file of their own. Every
 * record is checked on its own, so one damaged draft never costs the others.
 */
export const messagesFile: CollectionSpec<MessagesData> = {
  name: 'messages',
  version: 1,
  migrations: [stampVersionOne],
  parse(data) {
    const templates = readMap(data.templates, editSchema, (key) => TEMPLATE_ID_PATTERN.test(key))
    const drafts = readMap(
      data.drafts,
      draftSchema,
      (key, d) => key === draftKey(d.interviewId, d.slot, d.person),
    )
    const sent = readMap(data.sent, sentSchema, (key) => key.split('|').length === 3)
    return {
      value: { templates: templates.map, drafts: drafts.map, sent: sent.map },
      dropped: templates.dropped + drafts.dropped + sent.dropped,
    }
  },
  serialize: (value) => ({
    schemaVersion: 1,
    templates: Object.fromEntries(value.templates),
    drafts: Object.fromEntries(value.drafts),
    sent: Object.fromEntries(value.sent),
  }),
}
