import { format } from 'date-fns'
import { parseIsoDate } from './business-days'

/**
 * "Fri, Mar 13": the one way the app writes a day in sentences, reasons and notifications.
 * English on purpose, like every other word the app says.
 */
export function shortDay(isoDate: string): string {
  return format(parseIsoDate(isoDate), 'EEE, MMM d')
}
