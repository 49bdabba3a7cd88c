import type { Interview } from '../interview/schema'
import type { Channel } from '../followup/plan'
import type { Recipient } from './values'

/**
 * The messages a composer can be opened for: a planned thank-you or status check, a reply to a
 * rejection, or a nudge after "you'll hear about a next round".
 */
export const SLOT_PATTERN = /^(thank-you|status-check:[1-9]\d{0,2}|rejection-reply|next-round)$/

export type Slot = 'thank-you' | `status-check:${number}` | 'rejection-reply' | 'next-round'

export const checkNumber = (slot: string): number | undefined =>
  slot.startsWith('status-check:') ? Number(slot.slice('status-check:'.length)) : undefined

/** Who the message for this slot goes to by default (T11: checks go through the recruiter). */
export function defaultRecipient(
  slot: string,
  interview: Interview,
  people: Recipient[],
): Recipient | null {
  const recruiter = people.find((p) => p.role === 'recruiter') ?? null
  const first = people.find((p) => p.role === 'interviewer') ?? null
  if (slot === 'thank-you') return first
  return recruiter && interview.recruiter ? recruiter : first
}

/** The people a slot offers drafts for: a thank-you goes to each person met, one by one. */
export function recipientsFor(slot: string, people: Recipient[]): Recipient[] {
  if (slot === 'thank-you') return people.filter((p) => p.role === 'interviewer')
  return people
}

/** The built-in template that fits a slot, its channel and who it is for. */
export function templateIdFor(slot: string, channel: Channel, recipient: Recipient | null): string {
  const toRecruiter = recipient?.role === 'recruiter'
  if (slot === 'thank-you') return channel === 'note' ? 'thank-you-note' : 'thank-you-email'
  if (slot === 'rejection-reply') return 'rejection-reply'
  if (slot === 'next-round') return 'next-round-check'
  if (channel === 'phone') return 'voicemail'
  const n = checkNumber(slot) ?? 1
  if (toRecruiter) return n === 1 ? 'recruiter-status-check-first' : 'recruiter-check-in'
  if (n === 1) return 'status-check-first'
  return n === 2 ? 'status-check-second' : 'status-check-third'
}
