import type { Interview } from '../../interview/schema'
import type { Settings } from '../../settings/schema'

/** An interview with every field a message can use. */
export const completeInterview: Interview = {
  id: 'i-1',
  company: 'Acme Tools',
  role: 'Product Designer',
  interviewDate: '2026-03-03',
  interviewTime: '10:00',
  round: 'first',
  interviewers: [
    {
      firstName: 'Dana',
      lastName: 'Okafor',
      title: 'Design Lead',
      email: 'dana@acme.test',
      phone: '',
    },
    { firstName: 'Lee', lastName: 'Marsh', title: 'Engineer', email: 'lee@acme.test', phone: '' },
  ],
  recruiter: null,
  timeframe: { kind: 'open' },
  doNotContact: false,
  preferredChannel: null,
  workplace: null,
  topics: 'the onboarding redesign\nhow the team runs research',
  strengths: 'six years of running usability studies for tools like yours',
  forgotten: 'I also mentor two junior designers',
  accomplishment: 'my talk on accessible forms was accepted at a design conference',
  notes: '',
  outcome: 'pending',
  createdAt: '2026-03-03T12:00:00.000Z',
  updatedAt: '2026-03-03T12:00:00.000Z',
  deletedAt: null,
}

/** Only what the form requires. */
export const sparseInterview: Interview = {
  ...completeInterview,
  id: 'i-2',
  interviewers: [],
  topics: '',
  strengths: '',
  forgotten: '',
  accomplishment: '',
}

export const completeProfile: Settings['profile'] = {
  name: 'Sam Rivera',
  email: 'sam@example.test',
  phone: '555 010 4477',
  signature: 'Sam Rivera\n555 010 4477',
}

export const emptyProfile: Settings['profile'] = { name: '', email: '', phone: '' }
