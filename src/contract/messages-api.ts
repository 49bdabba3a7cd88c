import { z } from 'zod'
import type { Channel } from '../core/followup/plan'
import { channels, isoDate, type Outcome } from '../core/interview/schema'
import type { MessageContext } from '../core/messages/check'
import type { MessageValues } from '../core/messages/fields'
import { SLOT_PATTERN } from '../core/messages/slots'
import {
  BODY_MAX,
  SUBJECT_MAX,
  TEMPLATE_ID_PATTERN,
  type MessageTemplate,
} from '../core/messages/template-schema'
import type { Recipient } from '../core/messages/values'
import { idSchema } from './ids'
import type { ActionView, FollowUpView } from './planner-api'

/** A template as the app uses it: the shipped one, or the user's edited copy of it. */
export interface TemplateView extends MessageTemplate {
  /** The user changed it; reset brings back the shipped words. */
  edited: boolean
  updatedAt?: string
}

/** A message the user is writing, kept until it is sent or thrown away. */
export interface MessageDraft {
  interviewId: string
  slot: string
  person: string
  templateId: string
  /** Null for messages with no subject (a note, a voicemail). */
  subject: string | null
  body: string
  /** The template's optional parts the user turned on or off. */
  options: Record<string, boolean>
  updatedAt: string
}

/** That a message went out, so the composer can show "sent" per person. */
export interface SentMessage {
  person: string
  date: string
  channel: Channel
}

/** Everything the composer screen shows for one message to one person. */
export interface ComposerView {
  interviewId: string
  company: string
  role: string
  interviewDate: string
  outcome: Outcome
  /** The host's calendar day: the send date the checker and the interview day use. */
  today: string
  slot: string
  /** How this message goes out (a phone check is a call, so its draft is a voicemail). */
  channel: Channel
  /** The planned step this message is for, with its due date and reason; null when none. */
  action: ActionView | null
  /** The people this slot offers drafts for (each person met, for a thank-you). */
  recipients: Recipient[]
  recipient: Recipient | null
  templates: TemplateView[]
  defaultTemplateId: string
  /** Merge values from the interview and Settings, with the day written relative to today. */
  values: MessageValues
  /** What the checker needs, prepared by the host from the plan and the log. */
  context: MessageContext
  draft: MessageDraft | null
  /** Who has already been sent this message, by person. */
  sent: SentMessage[]
}

/** A draft in progress, as the Messages screen lists it. */
export interface DraftSummary {
  interviewId: string
  company: string
  role: string
  slot: string
  person: string
  personName: string
  templateId: string
  updatedAt: string
}

export type OpenMailResult =
  /** Electron: the system mail app was asked to open the message. */
  | { outcome: 'opened' }
  /** Web host: the page opens this mailto: link itself. */
  | { outcome: 'navigate'; href: string }

export const PERSON_PATTERN = /^(interviewer-\d{1,2}|recruiter|nobody)$/
/** Enough for a year of busy searching; a draft is one record, so the store stays small. */
export const DRAFTS_MAX = 500

const slot = z.string().regex(SLOT_PATTERN, { message: 'That is not a message this app writes.' })
const person = z
  .string()
  .regex(PERSON_PATTERN, { message: 'That is not someone from this interview.' })
const templateId = z
  .string()
  .regex(TEMPLATE_ID_PATTERN, { message: 'That is not a message template.' })
const subject = z
  .string()
  .max(SUBJECT_MAX, { message: `A subject is at most ${SUBJECT_MAX} characters.` })
const body = z.string().max(BODY_MAX, {
  message: `A message is at most ${BODY_MAX.toLocaleString('en-US')} characters.`,
})

/** What a caller passes: the schema's input, so the type and the check cannot drift apart. */
type In<M extends keyof typeof messagesInputs> = z.input<(typeof messagesInputs)[M]>

/**
 * What "mark as sent" records: how and when (the date defaults to the host's today), and the
 * subject as a note in the log.
 */
export type MarkSentInput = In<'markMessageSent'>

/** A draft as the composer saves it; options default to none changed. */
export type SaveDraftInput = In<'saveMessageDraft'>

export interface MessagesApi {
  /** The composer for one message: template, merge values, checker context, saved draft. */
  getComposer(input: In<'getComposer'>): Promise<ComposerView>
  /** Keeps a draft in progress (across navigation and restarts) until it is sent or discarded. */
  saveMessageDraft(input: SaveDraftInput): Promise<MessageDraft>
  /** Forgets a draft, so the composer starts again from the template. */
  discardMessageDraft(input: In<'discardMessageDraft'>): Promise<void>
  /** Drafts in progress, newest first, for interviews that still exist. */
  listMessageDrafts(): Promise<DraftSummary[]>
  /**
   * Logs the message as a follow-up made (thank-you or status check, with its channel and date),
   * re-plans, and drops the draft. A reply to a rejection is only marked sent: nothing is planned.
   */
  markMessageSent(input: MarkSentInput): Promise<FollowUpView>
  /** Every message template, with the user's edits applied. */
  listMessageTemplates(): Promise<TemplateView[]>
  /** Saves the user's wording for a template; unknown fields or unclosed sections are refused. */
  saveMessageTemplate(input: In<'saveMessageTemplate'>): Promise<TemplateView>
  /** Puts a template back as the app ships it. */
  resetMessageTemplate(input: In<'resetMessageTemplate'>): Promise<TemplateView>
  /**
   * Hands a message to the user's mail app as a mailto: link the host builds (to, subject, body).
   * Electron opens it through the shell; the web host returns it for the page to open.
   */
  openMail(input: In<'openMail'>): Promise<OpenMailResult>
}

export const messagesInputs = {
  getComposer: z.strictObject({ interviewId: idSchema, slot, person: person.optional() }),
  saveMessageDraft: z.strictObject({
    interviewId: idSchema,
    slot,
    person,
    templateId,
    subject: subject.nullable(),
    body,
    options: z.record(z.string().regex(/^[a-z][A-Za-z0-9]{0,31}$/), z.boolean()).default({}),
  }),
  discardMessageDraft: z.strictObject({ interviewId: idSchema, slot, person }),
  listMessageDrafts: z.undefined(),
  markMessageSent: z.strictObject({
    interviewId: idSchema,
    slot,
    person,
    channel: z.enum(channels, { message: 'Choose how you sent it.' }),
    date: isoDate('The date').optional(),
    subject: subject.optional(),
  }),
  listMessageTemplates: z.undefined(),
  saveMessageTemplate: z.strictObject({
    id: templateId,
    subject: subject.optional(),
    body: body.trim().min(1, { message: 'A template needs some text.' }),
    expectedUpdatedAt: z.iso.datetime().optional(),
  }),
  resetMessageTemplate: z.strictObject({ id: templateId }),
  openMail: z.strictObject({
    to: z.string().trim().max(254, { message: 'That address is too long.' }),
    subject,
    body,
  }),
} satisfies { [K in keyof MessagesApi]: z.ZodType }
