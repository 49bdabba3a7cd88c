/**
 * The date pattern a native date field shows in this locale, e.g. "mm/dd/yyyy" in the US or
 * "dd.mm.yyyy" in Germany. Chromium lays its date field out from the same locale data, so an
 * error can name the format the user is looking at instead of the wire format (YYYY-MM-DD).
 */
export function datePattern(locale?: string): string {
  return dateParts(locale, new Date(2026, 11, 24))
    .map((p) =>
      p.type === 'year' ? 'yyyy' : p.type === 'month' ? 'mm' : p.type === 'day' ? 'dd' : p.value,
    )
    .join('')
    .replace(/[\u200e\u200f]/g, '')
}

/** A date in that pattern; the 24th, so day and month can't be mistaken for each other. */
export function dateExample(locale?: string, year = new Date().getFullYear()): string {
  return dateParts(locale, new Date(year, 11, 24))
    .map((p) => p.value)
    .join('')
    .replace(/[\u200e\u200f]/g, '')
}

function dateParts(locale: string | undefined, date: Date) {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date)
}

const WIRE = /\s*\(YYYY-MM-DD\)/g

/**
 * Rewrites the host's "(YYYY-MM-DD)" into the pattern the date field shows, e.g.
 * "Interview date must be a real date, as mm/dd/yyyy (for example 12/24/2026)."
 */
export function localiseDateError(message: string, locale?: string): string {
  if (!message.includes('YYYY-MM-DD')) return message
  const shown = `${datePattern(locale)} (for example ${dateExample(locale)})`
  return message.replace(WIRE, `, as ${shown}`).replace(/YYYY-MM-DD/g, datePattern(locale))
}
