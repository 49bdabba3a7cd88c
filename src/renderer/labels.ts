import type { Outcome, Round } from '../core/interview/schema'

export const outcomeLabels: Record<Outcome, string> = {
  pending: 'Waiting to hear',
  offer: 'Offer',
  rejected: 'Not selected',
  withdrawn: 'Withdrawn',
  'next-round': 'Next round',
}

export const roundLabels: Record<Round, string> = {
  'phone-screen': 'Phone screen',
  first: 'First round',
  second: 'Second round',
  third: 'Third round',
  final: 'Final round',
  other: 'Other',
}

export const channelLabels = {
  email: 'Email',
  phone: 'Phone call',
  note: 'Hand-written note',
} as const

export const workplaceLabels = {
  digital: 'Fast-paced, digital',
  phone: 'Phone-heavy work',
  personal: 'Personal touch matters',
} as const

/** What an answer to a follow-up decided; 'none' keeps the outcome as it was. */
export type Answer = Outcome | 'none'

export const answerOptions: [Answer, string][] = [
  ['none', 'No decision yet'],
  ['offer', 'They made an offer'],
  ['next-round', 'They invited me to a next round'],
  ['rejected', 'They went another way'],
  ['withdrawn', 'I withdrew'],
]
