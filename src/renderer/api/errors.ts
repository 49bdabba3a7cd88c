import { localiseDateError } from '../date-format'

/** A readable sentence for any failure, for toasts and form banners. */
export function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'message' in err && typeof err.message === 'string') {
    // The host names dates as it stores them; the user sees them as their date fields show them.
    return localiseDateError(err.message)
  }
  return 'Something went wrong. Your saved data is unchanged.'
}

/** Field-level problems from the host, keyed by the form's field names. */
export function fieldErrors(err: unknown, prefix = ''): Record<string, string> {
  const issues =
    err && typeof err === 'object' && 'issues' in err && Array.isArray(err.issues)
      ? (err.issues as { path: string; message: string }[])
      : []
  const out: Record<string, string> = {}
  for (const issue of issues) {
    const key =
      prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path
    out[key] ??= issue.message
  }
  return out
}
