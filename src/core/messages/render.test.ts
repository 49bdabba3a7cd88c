import { describe, expect, it } from 'vitest'
import { naturalDay } from './natural-day'
import { inlineValue, renderTemplate } from './render'
import { listItems, messageValues, recipientsOf } from './values'
import { completeInterview, completeProfile } from './testing/sample'

const tpl = (
  body: string,
  subject?: string,
  options: { id: string; label: string; default: boolean }[] = [],
) => ({
  body,
  options,
  ...(subject !== undefined ? { subject } : {}),
})

describe('renderTemplate', () => {
  it('fills fields and names each gap where it sits', () => {
    const out = renderTemplate(tpl('Hi {{firstName}}, about {{role}}.', 'Re {{company}}'), {
      role: 'Designer',
    })
    expect(out.subject).toBe('Re [company]')
    expect(out.body).toBe('Hi [first name], about Designer.')
    expect(out.gaps).toEqual([
      { field: 'company', part: 'subject', start: 3, end: 12 },
      { field: 'firstName', part: 'body', start: 3, end: 15 },
    ])
    expect(out.missing).toEqual(['company', 'firstName'])
  })

  it('drops an optional section whose field is empty, and tidies what is left', () => {
    const t = tpl(
      'I liked it{{#topic}}, especially {{topic}}{{/topic}}.\n\n{{#strength}}Strength: {{strength}}.{{/strength}}\n\nBye.',
    )
    expect(renderTemplate(t, {}).body).toBe('I liked it.\n\nBye.')
    expect(renderTemplate(t, { topic: 'pricing.', strength: 'research' }).body).toBe(
      'I liked it, especially pricing.\n\nStrength: research.\n\nBye.',
    )
  })

  it('options switch their sections on and off', () => {
    const t = tpl('Thanks.{{#askFeedback}} Any feedback?{{/askFeedback}}', undefined, [
      { id: 'askFeedback', label: 'Ask', default: true },
    ])
    expect(renderTemplate(t, {}).body).toBe('Thanks. Any feedback?')
    expect(renderTemplate(t, {}, { askFeedback: false }).body).toBe('Thanks.')
  })

  it('leaves unknown fields as typed, so a typo shows', () => {
    expect(renderTemplate(tpl('Hi {{frstName}}'), {}).body).toBe('Hi {{frstName}}')
  })

  it('keeps the lines of a signature but puts other values on one line', () => {
    const out = renderTemplate(tpl('{{topic}}\n{{signature}}'), {
      topic: 'a\n  b.',
      signature: 'Sam\n\n  555 0100 ',
    })
    expect(out.body).toBe('a b\nSam\n555 0100')
  })

  it('inlineValue never adds a second full stop', () => {
    expect(inlineValue('I shipped it. ')).toBe('I shipped it')
    expect(inlineValue(undefined)).toBe('')
  })
})

describe('naturalDay', () => {
  it.each([
    ['2026-03-12', 'earlier today'],
    ['2026-03-11', 'yesterday'],
    ['2026-03-09', 'on Monday'],
    ['2026-03-06', 'on Friday'],
    ['2026-03-05', 'last Thursday'],
    ['2026-03-03', 'last Tuesday'],
    ['2026-02-26', 'on February 26'],
    ['2025-12-30', 'on December 30, 2025'],
  ])('interview on %s, sent Thursday 2026-03-12: %s', (day, text) => {
    expect(naturalDay(day, '2026-03-12')).toBe(text)
  })
})

describe('values', () => {
  it('splits the interview’s notes into items', () => {
    expect(listItems('pricing; the launch')).toEqual(['pricing', 'the launch'])
    expect(listItems('- pricing\n- the launch\n')).toEqual(['pricing', 'the launch'])
    expect(listItems('pricing, the launch')).toEqual(['pricing', 'the launch'])
    expect(listItems('  ')).toEqual([])
  })

  it('names the others met for the person a thank-you is for', () => {
    const [dana, lee] = recipientsOf(completeInterview)
    const forLee = messageValues({
      interview: completeInterview,
      profile: completeProfile,
      recipient: lee!,
      sendDate: '2026-03-03',
    })
    expect(forLee.firstName).toBe('Lee')
    expect(forLee.others).toBe('Dana')
    expect(forLee.interviewDay).toBe('earlier today')
    const forDana = messageValues({
      interview: completeInterview,
      profile: completeProfile,
      recipient: dana!,
      sendDate: '2026-03-04',
    })
    expect(forDana.others).toBe('Lee')
    expect(forDana.interviewDay).toBe('yesterday')
  })

  it('falls back to the name when there is no signature', () => {
    const v = messageValues({
      interview: completeInterview,
      profile: { ...completeProfile, signature: '' },
      recipient: null,
      sendDate: '2026-03-04',
    })
    expect(v.signature).toBe('Sam Rivera')
    expect(v.firstName).toBe('')
  })
})
