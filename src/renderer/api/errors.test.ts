import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { AppError } from '../../contract/errors'
import { fieldErrors, formErrors } from './errors'

describe('fieldErrors', () => {
  it('keys the host’s issues by field, without the input’s wrapper, first problem per field', () => {
    const err = new AppError('invalid-input', 'Check the highlighted fields.', [
      { path: 'attempt.date', message: 'Pick a date.' },
      { path: 'attempt.date', message: 'A later problem with the same field.' },
      { path: 'attempt.note', message: 'Too long.' },
    ])
    expect(fieldErrors(err, 'attempt.')).toEqual({ date: 'Pick a date.', note: 'Too long.' })
  })

  it('reads a zod error the form checked itself the same way', () => {
    const checked = z.object({ date: z.string().min(1, 'Pick a date.') }).safeParse({ date: '' })
    expect(fieldErrors(checked.error)).toEqual({ date: 'Pick a date.' })
  })

  it('lets the form name a path its own way', () => {
    const err = new AppError('invalid-input', 'No.', [
      { path: 'draft.interviewers.0.email', message: 'Not an email.' },
    ])
    expect(fieldErrors(err, 'draft.', (parts) => `row-${parts[1]}-${parts[2]}`)).toEqual({
      'row-0-email': 'Not an email.',
    })
  })

  it('has nothing by field for a failure without issues, and the message for the banner', () => {
    const err = new AppError('internal', 'The disk is full.')
    expect(fieldErrors(err)).toEqual({})
    expect(formErrors(err)).toEqual({ form: 'The disk is full.' })
  })
})
