import { bench, describe } from 'vitest'
import { reviewMessage } from './check'
import { renderTemplate } from './render'
import { builtInTemplate } from './templates'
import { checkerContext, messageValues, recipientsOf } from './values'
import { completeInterview, completeProfile } from './testing/sample'

// The checker runs on every keystroke in the composer, so one pass must stay well under a frame.
const recipient = recipientsOf(completeInterview)[0]!
const values = messageValues({
  interview: completeInterview,
  profile: completeProfile,
  recipient,
  sendDate: '2026-03-12',
})
const context = checkerContext({
  interview: completeInterview,
  profile: completeProfile,
  recipient,
  sendDate: '2026-03-12',
  channel: 'email',
  plannedDate: '2026-03-11',
  priorUnansweredChecks: 0,
})
const first = renderTemplate(builtInTemplate('status-check-first')!, values)
const draft = `Subject: ${first.subject}\n\n${first.body}`
// A long draft: the same message pasted five times (about 900 words).
const long = Array.from({ length: 5 }, () => first.body).join('\n\n')

describe('message checker', () => {
  bench('reviewMessage, a first status check (about 180 words)', () => {
    reviewMessage({ kind: 'follow-up', draft, context })
  })
  bench('reviewMessage, a 900-word draft', () => {
    reviewMessage({ kind: 'follow-up', draft: long, context })
  })
})
