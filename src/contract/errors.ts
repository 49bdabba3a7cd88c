export const errorCodes = ['invalid-input', 'not-found', 'conflict', 'internal'] as const
export type ErrorCode = (typeof errorCodes)[number]

/** One problem with one field, so the UI can show it beside that field. */
export interface FieldIssue {
  path: string
  message: string
}

/** The wire shape of every failure; `AppError` is its thrown form on both sides. */
export interface WireError {
  code: ErrorCode
  message: string
  issues?: FieldIssue[]
}

export class AppError extends Error {
  override name = 'AppError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message)
  }

  toWire(): WireError {
    return this.issues.length
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message }
  }

  static fromWire(w: WireError): AppError {
    return new AppError(w.code, w.message, w.issues ?? [])
  }
}

export function isWireError(value: unknown): value is WireError {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.message === 'string' &&
    typeof v.code === 'string' &&
    (errorCodes as readonly string[]).includes(v.code)
  )
}

/** Anything thrown becomes a WireError; unknown failures never leak stack traces to the UI. */
export function toWireError(err: unknown): WireError {
  if (err instanceof AppError) return err.toWire()
  if (err instanceof RangeError) return { code: 'invalid-input', message: err.message }
  return {
    code: 'internal',
    message: 'Something went wrong on our side. Your saved data is unchanged.',
  }
}
