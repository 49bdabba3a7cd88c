import { localiseDateError } from '../date-format'

/** A readable sentence for any failure, for toasts and form banners. */
export function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'message' in err && typeof err.message === 'string') {
    // The host names dates as it stores them; the user sees them as their date fields show them.
    return localiseDateError(err.message)
  }
  return 'Something went wrong. Your saved data is unchanged.'
}

type Issue = { path: string | readonly PropertyKey[]; message: string }

/**
 * Field-level problems keyed by the form's field names, the first per field: from the host's
 * error (paths like "attempt.date") or from a zod error the form checked itself (path arrays).
 * `prefix` is the input's wrapper to drop ("attempt."); `key` names a path where the form's
 * fields are not named as the input is (an interviewer's row, not its index).
 */
export function fieldErrors(
  err: unknown,
  prefix = '',
  key: (parts: string[]) => string = (parts) => parts.join('.'),
): Record<string, string> {
  const issues =
    err && typeof err === 'object' && 'issues' in err && Array.isArray(err.issues)
      ? (err.issues as Issue[])
      : []
  const out: Record<string, string> = {}
  for (const issue of issues) {
    let path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.')
    if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length)
    out[key(path === '' ? [] : path.split('.'))] ??= issue.message
  }
  return out
}

/** A failed save as a form shows it: each field's problem, and the whole message as `form`. */
export function formErrors(
  err: unknown,
  prefix?: string,
  key?: (parts: string[]) => string,
): Record<string, string> {
  return { ...fieldErrors(err, prefix, key), form: errorMessage(err) }
}
