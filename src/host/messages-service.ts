import { AppError } from '../contract/errors'
import type {
  ComposerView,
  DraftSummary,
  MarkSentInput,
  MessageDraft,
  OpenMailResult,
  SentMessage,
  TemplateView,
} from '../contract/messages-api'
import { DRAFTS_MAX } from '../contract/messages-api'
import type { FollowUpView } from '../contract/planner-api'
import type { Channel } from '../core/followup/plan'
import { buildMailto, isAppMailto, MAILTO_MAX } from '../core/messages/mailto'
import { checkNumber, defaultRecipient, recipientsFor, templateIdFor } from '../core/messages/slots'
import { templateProblems } from '../core/messages/template-schema'
import { builtInTemplate, builtInTemplates } from '../core/messages/templates'
import { checkerContext, messageValues, recipientsOf } from '../core/messages/values'
import type { InterviewsService } from './interviews-service'
import { draftKey, messageKey, type MessageRecord, type TemplateEdit } from './messages-file'
import type { PlannerService } from './planner-service'
import type { Clock, DesktopShell } from './ports'
import type { SettingsService } from './settings-service'
import type { JournalCollection } from './storage/journal'

type DraftInput = Omit<MessageDraft, 'updatedAt' | 'options'> & { options: Record<string, boolean> }

const notATemplate = () => new AppError('not-found', 'That message template does not exist.')

/** Unanswered status checks in a row, counted back from the latest (T6). */
function unansweredInARow(view: FollowUpView): number {
  let n = 0
  for (const a of view.attempts) {
    if (a.kind !== 'status-check') continue
    if (a.answered) break
    n++
  }
  return n
}

/** Message templates, drafts in progress, "mark as sent" and the hand-off to the mail app. */
export class MessagesService {
  constructor(
    private readonly file: JournalCollection<MessageRecord>,
    private readonly interviews: InterviewsService,
    private readonly settings: SettingsService,
    private readonly planner: PlannerService,
    private readonly clock: Clock,
    private readonly shell?: Pick<DesktopShell, 'openMail'>,
  ) {}

  templates(): TemplateView[] {
    return builtInTemplates.map((t) => this.#template(t.id))
  }

  #template(id: string): TemplateView {
    const shipped = builtInTemplate(id)
    if (!shipped) throw notATemplate()
    const edit = this.#edit(id)
    if (!edit) return { ...shipped, edited: false }
    const { subject: _subject, ...rest } = shipped
    return {
      ...rest,
      ...(shipped.subject !== undefined ? { subject: edit.subject ?? '' } : {}),
      body: edit.body,
      edited: true,
      updatedAt: edit.updatedAt,
    }
  }

  saveTemplate(
    id: string,
    text: { subject?: string; body: string },
    expectedUpdatedAt?: string,
  ): TemplateView {
    const shipped = builtInTemplate(id)
    if (!shipped) throw notATemplate()
    const current = this.#edit(id)
    if (expectedUpdatedAt && current?.updatedAt !== expectedUpdatedAt) {
      throw new AppError(
        'conflict',
        'This template was saved somewhere else since you opened it. Reload it to see that version.',
      )
    }
    const subject = shipped.subject === undefined ? undefined : (text.subject ?? '').trim()
    const problems = templateProblems(
      `${subject ?? ''}\n${text.body}`,
      shipped.options.map((o) => o.id),
    )
    if (problems.length > 0) {
      throw new AppError(
        'invalid-input',
        problems[0]! + (problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''),
        problems.map((message) => ({ path: 'body', message })),
      )
    }
    if (text.body === shipped.body && (subject ?? undefined) === shipped.subject) {
      // Saving the shipped words is the same as a reset: future improvements reach this user.
      this.file.delete(messageKey.template(id))
    } else {
      const edit: TemplateEdit = {
        ...(subject !== undefined ? { subject } : {}),
        body: text.body,
        updatedAt: this.clock.now().toISOString(),
      }
      this.file.put(messageKey.template(id), { type: 'template', edit })
    }
    return this.#template(id)
  }

  resetTemplate(id: string): TemplateView {
    if (!builtInTemplate(id)) throw notATemplate()
    this.file.delete(messageKey.template(id))
    return this.#template(id)
  }

  composer(interviewId: string, slot: string, person?: string): ComposerView {
    const interview = this.interviews.get(interviewId)
    const view = this.planner.view(interviewId)
    const today = view.today
    const action = view.actions.find((a) => a.key === slot) ?? null
    const channel: Channel =
      action?.channel ??
      (slot === 'thank-you'
        ? interview.workplace === 'personal'
          ? 'note'
          : 'email'
        : (interview.preferredChannel ?? 'email'))
    const people = recipientsOf(interview)
    const recipients = recipientsFor(slot, people)
    const recipient =
      (person && recipients.find((p) => p.key === person)) ||
      defaultRecipient(slot, interview, people)
    const profile = this.settings.get().profile
    const attemptNumber = checkNumber(slot)
    const personKey = recipient?.key ?? 'nobody'
    return {
      interviewId,
      company: interview.company,
      role: interview.role,
      interviewDate: interview.interviewDate,
      outcome: interview.outcome,
      today,
      slot,
      channel,
      action,
      recipients,
      recipient,
      templates: this.templates(),
      defaultTemplateId: templateIdFor(slot, channel, recipient),
      values: messageValues({ interview, profile, recipient, sendDate: today }),
      context: checkerContext({
        interview,
        profile,
        recipient,
        sendDate: today,
        channel,
        // T12 compares with the plan itself: a snooze moves the reminder, not the advice.
        plannedDate: attemptNumber !== undefined ? (action?.due ?? null) : null,
        ...(attemptNumber !== undefined ? { attemptNumber } : {}),
        priorUnansweredChecks: attemptNumber !== undefined ? unansweredInARow(view) : 0,
      }),
      draft: this.#draft(draftKey(interviewId, slot, personKey)) ?? null,
      sent: [...this.file.entries()].flatMap(([key, r]) =>
        r.type === 'sent' && key.startsWith(messageKey.sent(`${interviewId}|${slot}|`))
          ? [r.sent]
          : [],
      ),
    }
  }

  saveDraft(input: DraftInput): MessageDraft {
    this.interviews.get(input.interviewId)
    if (!builtInTemplate(input.templateId)) throw notATemplate()
    const key = draftKey(input.interviewId, input.slot, input.person)
    if (!this.#draft(key) && this.#drafts().length >= DRAFTS_MAX) {
      throw new AppError(
        'conflict',
        `You already have ${DRAFTS_MAX} drafts in progress. Send or discard some on the Messages screen first.`,
      )
    }
    const draft: MessageDraft = { ...input, updatedAt: this.clock.now().toISOString() }
    this.file.put(messageKey.draft(key), { type: 'draft', draft })
    return draft
  }

  discardDraft(interviewId: string, slot: string, person: string): void {
    this.file.delete(messageKey.draft(draftKey(interviewId, slot, person)))
  }

  drafts(): DraftSummary[] {
    const out: DraftSummary[] = []
    for (const d of this.#drafts()) {
      let interview
      try {
        interview = this.interviews.get(d.interviewId)
      } catch {
        continue // in the trash or gone: its drafts come back if it is restored
      }
      const person = recipientsOf(interview).find((p) => p.key === d.person)
      out.push({
        interviewId: d.interviewId,
        company: interview.company,
        role: interview.role,
        slot: d.slot,
        person: d.person,
        personName: person?.name ?? '',
        templateId: d.templateId,
        updatedAt: d.updatedAt,
      })
    }
    return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  markSent(input: MarkSentInput): FollowUpView {
    const date = input.date ?? this.planner.today()
    const note = input.subject ? `Subject: ${input.subject}` : ''
    let view: FollowUpView
    if (input.slot === 'rejection-reply') {
      // Nothing is planned after a decision (T8); the reply is kept as sent, not as a check.
      this.interviews.get(input.interviewId)
      view = this.planner.view(input.interviewId)
    } else {
      const kind = input.slot === 'thank-you' ? 'thank-you' : 'status-check'
      view = this.planner.log(input.interviewId, {
        kind,
        date,
        channel: input.channel,
        note,
        answered: false,
        outcome: null,
      })
    }
    const key = draftKey(input.interviewId, input.slot, input.person)
    const sent: SentMessage = { person: input.person, date, channel: input.channel }
    this.file.change([
      ...(this.#draft(key) ? [{ delete: messageKey.draft(key) }] : []),
      { put: messageKey.sent(key), value: { type: 'sent', sent } },
    ])
    return view
  }

  async openMail(parts: { to: string; subject: string; body: string }): Promise<OpenMailResult> {
    const href = buildMailto(parts)
    if (href.length > MAILTO_MAX || !isAppMailto(href)) {
      throw new AppError(
        'invalid-input',
        'This message is too long to hand to a mail app in one go. Copy it and paste it instead.',
      )
    }
    if (!this.shell) return { outcome: 'navigate', href }
    try {
      await this.shell.openMail(href)
    } catch {
      throw new AppError(
        'internal',
        'Your mail app could not be opened. Copy the message and paste it into your mail instead.',
      )
    }
    return { outcome: 'opened' }
  }

  #edit(id: string): TemplateEdit | undefined {
    const r = this.file.get(messageKey.template(id))
    return r?.type === 'template' ? r.edit : undefined
  }

  #draft(key: string): MessageDraft | undefined {
    const r = this.file.get(messageKey.draft(key))
    return r?.type === 'draft' ? r.draft : undefined
  }

  #drafts(): MessageDraft[] {
    return [...this.file.values()].flatMap((r) => (r.type === 'draft' ? [r.draft] : []))
  }
}
