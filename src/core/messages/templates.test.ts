import { describe, expect, it } from 'vitest'
import type { Interview } from '../interview/schema'
import { reviewMessage } from './check'
import { fieldHelp } from './fields'
import { gapsLeft, renderTemplate } from './render'
import { templateFileSchema, type MessageTemplate } from './template-schema'
import { builtInTemplates } from './templates'
import { checkerContext, messageValues, recipientsOf, type Recipient } from './values'
import { completeInterview, completeProfile, emptyProfile, sparseInterview } from './testing/sample'

const viaRecruiter: Interview = {
  ...completeInterview,
  recruiter: { name: 'Priya Shah', agency: 'Talent Co', phone: '', email: 'priya@talent.test' },
}

function recipientFor(t: MessageTemplate, interview: Interview): Recipient | null {
  const people = recipientsOf(interview)
  if (t.audience === 'recruiter') return people.find((p) => p.role === 'recruiter') ?? null
  return people.find((p) => p.role === 'interviewer') ?? null
}

function draftOf(
  t: MessageTemplate,
  interview: Interview,
  profile = completeProfile,
  sendDate = '2026-03-12',
) {
  const recipient = recipientFor(t, interview)
  const rendered = renderTemplate(t, messageValues({ interview, profile, recipient, sendDate }))
  const draft =
    (rendered.subject !== null ? `Subject: ${rendered.subject}\n\n` : '') + rendered.body
  const context = checkerContext({
    interview,
    profile,
    recipient,
    sendDate,
    channel: t.channel,
    plannedDate: null,
    priorUnansweredChecks: 0,
  })
  return { rendered, draft, context }
}

const kinds = new Set(builtInTemplates.map((t) => t.kind))

describe('the shipped templates', () => {
  it('cover every message the issue lists', () => {
    expect(builtInTemplates.map((t) => t.id)).toEqual([
      'thank-you-email',
      'thank-you-note',
      'status-check-first',
      'status-check-second',
      'status-check-third',
      'voicemail',
      'rejection-reply',
      'recruiter-status-check-first',
      'recruiter-check-in',
      'next-round-check',
    ])
    expect(kinds).toEqual(new Set(['follow-up', 'thank-you', 'voicemail', 'rejection-reply']))
  })

  it('have a subject exactly when they are emails', () => {
    for (const t of builtInTemplates)
      expect(t.subject !== undefined, t.id).toBe(t.channel === 'email')
  })

  it.each(builtInTemplates.map((t) => [t.id, t] as const))(
    '%s renders for a complete interview with no gaps, and the checker finds every element',
    (_id, t) => {
      const interview = t.audience === 'recruiter' ? viaRecruiter : completeInterview
      const { rendered, draft, context } = draftOf(t, interview)
      expect(rendered.gaps).toEqual([])
      expect(draft).not.toMatch(/undefined|null|\{\{|\}\}|\[/)
      const review = reviewMessage({ kind: t.kind, draft, context })
      expect(review.findings).toEqual([])
      for (const e of review.elements) expect(e.span, `${t.id}: ${e.label}`).toBeDefined()
    },
  )

  it.each(builtInTemplates.map((t) => [t.id, t] as const))(
    '%s renders for a sparse interview with only clearly named gaps',
    (_id, t) => {
      const { rendered } = draftOf(t, sparseInterview, emptyProfile)
      const text = `${rendered.subject ?? ''}\n${rendered.body}`
      expect(text).not.toMatch(/undefined|null|\{\{|\}\}/)
      // Every bracket in the text is a gap the renderer reported, by name.
      const brackets = [...text.matchAll(/\[[^\]]*\]/g)].map((m) => m[0])
      expect(brackets.sort()).toEqual(rendered.gaps.map((g) => fieldHelp[g.field].gap).sort())
      expect(rendered.missing.length).toBeGreaterThan(0)
      for (const g of rendered.gaps) {
        const part = g.part === 'subject' ? rendered.subject! : rendered.body
        expect(part.slice(g.start, g.end)).toBe(fieldHelp[g.field].gap)
      }
      // Optional lines vanish rather than leave a gap; the greeting and sign-off never do.
      expect(rendered.missing).not.toContain('topic')
      expect(rendered.missing).not.toContain('accomplishment')
      expect(rendered.missing).toContain('firstName')
    },
  )

  it('shipped text stays in our own words: nothing from the source articles', () => {
    const seedLines = [
      'I wanted to quickly follow up to see if there have been any developments',
      'Thank you again for the time you spent with me last',
      'I eagerly await any updates as they become available',
      'I remain incredibly excited about it',
      'I really would have enjoyed working for your company',
    ]
    for (const t of builtInTemplates) {
      for (const line of seedLines) expect(`${t.subject}\n${t.body}`).not.toContain(line)
    }
  })

  it('a sparse voicemail still asks for the phone number by name', () => {
    const t = builtInTemplates.find((x) => x.id === 'voicemail')!
    const { rendered } = draftOf(t, sparseInterview, emptyProfile)
    expect(rendered.body).toContain('You can reach me at [your phone number].')
    expect(rendered.missing).toEqual(['firstName', 'yourName', 'yourPhone'])
  })

  it('the template files are valid (a broken edit would be refused the same way)', () => {
    const broken = {
      ...builtInTemplates[0],
      schemaVersion: 1,
      body: ['Hi {{frstName}}, {{#topic}}open'],
    }
    const result = templateFileSchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      '“{{frstName}}” is not a field this app fills in.',
      '“{{#topic}}” is never closed with “{{/topic}}”.',
    ])
  })

  it('gapsLeft finds the gaps a user has not typed over yet', () => {
    const t = builtInTemplates.find((x) => x.id === 'status-check-first')!
    const { rendered } = draftOf(t, sparseInterview, emptyProfile)
    const edited = rendered.body.replace('[first name]', 'Dana')
    expect(gapsLeft(edited).map((g) => g.field)).toEqual(['signature'])
  })
})
