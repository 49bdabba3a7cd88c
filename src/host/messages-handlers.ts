import type { Handlers } from '../contract/api'
import type { MessagesApi } from '../contract/messages-api'
import { announceWrites, type HostContext } from './host-context'
import type { MessagesService } from './messages-service'

/** Message templates, drafts, "mark as sent" and the mail hand-off. */
export function messagesHandlers(
  { changed }: Pick<HostContext, 'changed'>,
  messages: MessagesService,
): Pick<Handlers, keyof MessagesApi> {
  const write = announceWrites(changed, 'messages')
  return {
    getComposer: async ({ interviewId, slot, person }) =>
      messages.composer(interviewId, slot, person),
    saveMessageDraft: async (input) => write(messages.saveDraft(input)),
    discardMessageDraft: async ({ interviewId, slot, person }) =>
      write(messages.discardDraft(interviewId, slot, person)),
    listMessageDrafts: async () => messages.drafts(),
    markMessageSent: async (input) => {
      const view = messages.markSent(input)
      changed('followups')
      changed('interviews')
      return write(view)
    },
    listMessageTemplates: async () => messages.templates(),
    saveMessageTemplate: async ({ id, subject, body, expectedUpdatedAt }) =>
      write(
        messages.saveTemplate(
          id,
          subject !== undefined ? { subject, body } : { body },
          expectedUpdatedAt,
        ),
      ),
    resetMessageTemplate: async ({ id }) => write(messages.resetTemplate(id)),
    openMail: async (parts) => messages.openMail(parts),
  }
}
