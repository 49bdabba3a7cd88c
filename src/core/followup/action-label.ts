import type { Channel, PlannedAction } from './plan'

const ordinal = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth']

const byChannel: Record<Channel, string> = {
  email: 'by email',
  phone: 'by phone',
  note: 'with a hand-written note',
}

/** A short imperative for one planned step, e.g. "Send a thank-you email". */
export function actionLabel(
  a: Pick<PlannedAction, 'kind' | 'channel' | 'attemptNumber' | 'to'>,
): string {
  switch (a.kind) {
    case 'thank-you':
      return a.channel === 'note' ? 'Send a thank-you note' : 'Send a thank-you email'
    case 'recruiter-debrief':
      return 'Call your recruiter to debrief'
    case 'status-check': {
      // Answered checks restart the count toward moving on, so there can be more than three.
      const n = a.attemptNumber ?? 0
      const nth = ordinal[n] ?? `check ${n}`
      const who = a.to === 'recruiter' ? ' with your recruiter' : ''
      const how = a.channel ? ` ${byChannel[a.channel]}` : ''
      return `Check in${who}${how} (${ordinal[n] ? `${nth} check` : nth})`
    }
    case 'move-on':
      return 'Time to move on'
  }
}
