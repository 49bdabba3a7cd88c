import { describe, it, expect } from 'vitest'
import { extractFields, fillLine, isMergeField, unknownFields } from './merge-fields'

describe('extractFields', () => {
  it.each<[string, string[]]>([
    ['No fields at all.', []],
    ['Hi {{interviewerFirstName}}, this is {{yourName}}.', ['interviewerFirstName', 'yourName']],
    ['{{role}} and {{role}} again', ['role']],
    ['Spaces {{ company }} are tolerated', ['company']],
    ['Typos {{compnay}} are still found', ['compnay']],
    ['Single {braces} are plain text', []],
  ])('%s', (text, expected) => {
    expect(extractFields(text)).toEqual(expected)
  })
})

describe('unknownFields', () => {
  it('keeps only names the app cannot fill', () => {
    expect(unknownFields('{{company}} {{firstName}} {{ your name }} {{}}')).toEqual([
      'firstName',
      'your name',
      '',
    ])
  })

  it('knows every documented field', () => {
    for (const name of [
      'interviewerFirstName',
      'interviewerLastName',
      'company',
      'role',
      'interviewDay',
      'yourName',
      'yourPhone',
      'yourEmail',
    ]) {
      expect(isMergeField(name)).toBe(true)
    }
    expect(isMergeField('InterviewerFirstName')).toBe(false)
  })
})

describe('fillLine', () => {
  it.each<[string, string, Record<string, string>, string, string[]]>([
    [
      'fills every value',
      'Hi {{interviewerFirstName}}, this is {{yourName}} about the {{role}} role.',
      { interviewerFirstName: 'Dana', yourName: 'Sam', role: 'Analyst' },
      'Hi Dana, this is Sam about the Analyst role.',
      [],
    ],
    [
      'leaves a visible placeholder for a missing value',
      'Hi {{interviewerFirstName}}, we met on {{interviewDay}}.',
      { interviewDay: 'Tuesday, March 3' },
      "Hi [interviewer's first name], we met on Tuesday, March 3.",
      ['interviewerFirstName'],
    ],
    [
      'treats a blank value as missing and lists it once',
      'Call {{yourPhone}}. Again, {{yourPhone}}.',
      { yourPhone: '  ' },
      'Call [your phone number]. Again, [your phone number].',
      ['yourPhone'],
    ],
    [
      'leaves unknown fields as typed',
      'Hi {{firstName}} at {{ company }}',
      { company: 'Acme' },
      'Hi {{firstName}} at Acme',
      [],
    ],
    [
      'inserts values literally, even with $ signs',
      'Salary: {{role}}',
      { role: '$& $1 $$' },
      'Salary: $& $1 $$',
      [],
    ],
  ])('%s', (_name, text, values, expected, missing) => {
    expect(fillLine(text, values)).toEqual({ text: expected, missing })
  })
})
