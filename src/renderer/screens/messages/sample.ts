import type { MessageContext } from '../../../core/messages/check'
import type { MessageValues } from '../../../core/messages/fields'

/** A made-up interview for previewing templates, so edits can be checked before use. */
export const sampleValues: MessageValues = {
  firstName: 'Dana',
  company: 'Acme Tools',
  role: 'Product Designer',
  interviewDay: 'last Tuesday',
  yourName: 'Sam Rivera',
  yourPhone: '555 010 4477',
  yourEmail: 'sam@example.com',
  signature: 'Sam Rivera',
  topic: 'the onboarding redesign',
  strength: 'six years of running usability studies',
  forgotten: 'I also mentor two junior designers',
  accomplishment: 'my talk on accessible forms was accepted at a conference',
  others: 'Lee',
  interviewers: 'Dana Okafor and Lee Marsh',
}

export const sampleContext: MessageContext = {
  company: 'Acme Tools',
  role: 'Product Designer',
  interviewer: 'Dana Okafor',
  interviewDate: '2026-03-03',
  topics: ['the onboarding redesign'],
  otherInterviewers: ['Lee Marsh'],
  yourPhone: '555 010 4477',
}
