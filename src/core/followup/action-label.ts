import type { Channel, PlannedAction } from './plan'

const ordinal = ['', 'first', 'second', 'third']

const byChannel: Record<Channel, string> = {
  email: 'by email',
  phone: 'by phone',
  note: 'with a hand-written note',
}

/** A short imperative for one planned step, e.g. "Send a thank-you email". */
export function actionLabel(a: Pick<PlannedAction, 'kind' | 'channel' | 'attemptNumber'>): string {
  switch (a.kind) {
    case 'thank-you':
      return a.channel === 'note' ? 'Send a thank-you note' : 'Send a thank-you email'
    case 'recruiter-debrief':
      return 'Call your recruiter to debrief'
    case 'status-check': {
      const nth = ordinal[a.attemptNumber ?? 0] ?? `${a.attemptNumber}th`
      const how = a.channel ? ` ${byChannel[a.channel]}` : ''
      return `Check in${how} (${nth} check)`
    }
    case 'move-on':
      return 'Time to move on'
  }
}
