import nextRoundCheck from '../../../resources/templates/next-round-check.json' with { type: 'json' }
import recruiterCheckIn from '../../../resources/templates/recruiter-check-in.json' with { type: 'json' }
import recruiterFirst from '../../../resources/templates/recruiter-status-check-first.json' with { type: 'json' }
import rejectionReply from '../../../resources/templates/rejection-reply.json' with { type: 'json' }
import checkFirst from '../../../resources/templates/status-check-first.json' with { type: 'json' }
import checkSecond from '../../../resources/templates/status-check-second.json' with { type: 'json' }
import checkThird from '../../../resources/templates/status-check-third.json' with { type: 'json' }
import thankYouEmail from '../../../resources/templates/thank-you-email.json' with { type: 'json' }
import thankYouNote from '../../../resources/templates/thank-you-note.json' with { type: 'json' }
import voicemail from '../../../resources/templates/voicemail.json' with { type: 'json' }
import { templateFileSchema, type MessageTemplate } from './template-schema'

/** The templates the app ships, checked against the schema like any edited copy. */
export const builtInTemplates: readonly MessageTemplate[] = [
  thankYouEmail,
  thankYouNote,
  checkFirst,
  checkSecond,
  checkThird,
  voicemail,
  rejectionReply,
  recruiterFirst,
  recruiterCheckIn,
  nextRoundCheck,
].map((raw) => templateFileSchema.parse(raw))

export const builtInTemplate = (id: string): MessageTemplate | undefined =>
  builtInTemplates.find((t) => t.id === id)
