import { describe, expect, it } from 'vitest'
import { lineSegments } from './line-segments'

describe('lineSegments', () => {
  it.each([
    ['plain', 'Hello.', [{ kind: 'text', text: 'Hello.' }]],
    ['filled', 'Hi {{ interviewerFirstName }}!', [{ kind: 'text', text: 'Hi Dana!' }]],
    [
      'missing',
      'Call {{yourPhone}}.',
      [
        { kind: 'text', text: 'Call ' },
        { kind: 'missing', text: '[your phone number]', field: 'yourPhone' },
        { kind: 'text', text: '.' },
      ],
    ],
    [
      'unknown',
      '{{foo}} at {{company}}',
      [
        { kind: 'unknown', text: '{{foo}}' },
        { kind: 'text', text: ' at ' },
        { kind: 'missing', text: '[company]', field: 'company' },
      ],
    ],
  ])('%s', (_name, text, segments) => {
    expect(lineSegments(text, { interviewerFirstName: 'Dana', yourPhone: '  ' })).toEqual(segments)
  })
})
