import type { z } from 'zod'
import { AppError, type FieldIssue } from './errors'
import { inputSchemas } from './api'
import type { MethodName } from './methods'

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `“${k}”`).join(', ')
    return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}: nothing was saved.`
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `${issue.path.join('.') || 'A value'} is missing.`
  }
  return issue.message
}

/** Validates a method's raw input, turning zod's report into one readable `invalid-input` error. */
export function parseInput<M extends MethodName>(
  method: M,
  raw: unknown,
): z.output<(typeof inputSchemas)[M]> {
  const result = inputSchemas[method].safeParse(raw)
  if (result.success) return result.data as z.output<(typeof inputSchemas)[M]>
  const issues: FieldIssue[] = result.error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: describe(i),
  }))
  const first = issues[0]?.message ?? 'The input is not valid.'
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  throw new AppError('invalid-input', first + more, issues)
}
