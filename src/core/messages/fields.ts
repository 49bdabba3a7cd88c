export const messageFields = [
  'firstName',
  'company',
  'role',
  'interviewDay',
  'yourName',
  'yourPhone',
  'yourEmail',
  'signature',
  'topic',
  'strength',
  'forgotten',
  'accomplishment',
  'others',
  'interviewers',
] as const

export type MessageField = (typeof messageFields)[number]
export type MessageValues = Partial<Record<MessageField, string>>

export interface FieldHelp {
  /** What the gap reads in the draft, e.g. "[job title]". */
  gap: string
  /** Where the user fills it in. */
  source: 'interview' | 'settings'
  /** The form field(s) that fill it, by their on-screen label. */
  fillWith: string
}

export const fieldHelp: Record<MessageField, FieldHelp> = {
  firstName: { gap: '[first name]', source: 'interview', fillWith: 'Interviewer “First name”' },
  company: { gap: '[company]', source: 'interview', fillWith: '“Company”' },
  role: { gap: '[job title]', source: 'interview', fillWith: '“Job title”' },
  interviewDay: { gap: '[interview day]', source: 'interview', fillWith: '“Interview date”' },
  yourName: { gap: '[your name]', source: 'settings', fillWith: '“Your name”' },
  yourPhone: { gap: '[your phone number]', source: 'settings', fillWith: '“Your phone”' },
  yourEmail: { gap: '[your email]', source: 'settings', fillWith: '“Your email”' },
  signature: {
    gap: '[your signature]',
    source: 'settings',
    fillWith: '“Signature” (or “Your name”)',
  },
  topic: {
    gap: '[a topic you discussed]',
    source: 'interview',
    fillWith: '“Topics you discussed”',
  },
  strength: {
    gap: '[a strength you bring]',
    source: 'interview',
    fillWith: '“Strengths to stress”',
  },
  forgotten: {
    gap: '[the point you forgot]',
    source: 'interview',
    fillWith: '“Something you forgot to mention”',
  },
  accomplishment: {
    gap: '[a recent accomplishment]',
    source: 'interview',
    fillWith: '“A recent accomplishment”',
  },
  others: { gap: '[the others you met]', source: 'interview', fillWith: 'more interviewers' },
  interviewers: { gap: '[who interviewed you]', source: 'interview', fillWith: 'the interviewers' },
}

/** The recruiter's name fills the greeting when a message goes to the recruiter. */
export const recruiterFirstNameHelp: FieldHelp = {
  gap: '[first name]',
  source: 'interview',
  fillWith: '“Recruiter name”',
}

export function isMessageField(name: string): name is MessageField {
  return (messageFields as readonly string[]).includes(name)
}
