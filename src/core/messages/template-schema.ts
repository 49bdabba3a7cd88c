import { z } from 'zod'
import { isMessageField } from './fields'

export const TEMPLATE_ID_PATTERN = /^[a-z][a-z0-9-]{0,47}$/
export const SUBJECT_MAX = 300
export const BODY_MAX = 10_000

const OPTION_ID = /^[a-z][A-Za-z0-9]{0,31}$/

/** Problems that would stop a template from filling in: unknown fields, unclosed sections. */
export function templateProblems(text: string, optionIds: readonly string[] = []): string[] {
  const problems: string[] = []
  const open: string[] = []
  for (const m of text.matchAll(/\{\{\s*([#/]?)\s*([^{}]*?)\s*\}\}/g)) {
    const [, mark, name = ''] = m
    const known = isMessageField(name) || optionIds.includes(name)
    if (!known) problems.push(`“{{${mark}${name}}}” is not a field this app fills in.`)
    if (mark === '#') open.push(name)
    else if (mark === '/') {
      if (open.at(-1) === name) open.pop()
      else problems.push(`“{{/${name}}}” closes a section that was not opened just before it.`)
    }
  }
  for (const name of open) problems.push(`“{{#${name}}}” is never closed with “{{/${name}}}”.`)
  // Stray single braces usually mean a typo in a field.
  const stray = text.replace(/\{\{[^{}]*\}\}/g, '')
  if (/[{}]{2}/.test(stray))
    problems.push('Some double braces are not a complete field like {{role}}.')
  return [...new Set(problems)]
}

export const templateOptionSchema = z.strictObject({
  id: z.string().regex(OPTION_ID),
  label: z.string().min(1).max(80),
  default: z.boolean(),
})

export const templateKinds = ['follow-up', 'thank-you', 'voicemail', 'rejection-reply'] as const

/** A message template as shipped in resources/templates (body as a list of lines). */
export const templateFileSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: z.string().regex(TEMPLATE_ID_PATTERN),
    name: z.string().min(1).max(100),
    kind: z.enum(templateKinds),
    channel: z.enum(['email', 'phone', 'note']),
    audience: z.enum(['interviewer', 'recruiter', 'any']),
    description: z.string().max(300),
    subject: z.string().max(SUBJECT_MAX).optional(),
    body: z.array(z.string()).transform((lines) => lines.join('\n')),
    options: z.array(templateOptionSchema).default([]),
  })
  .superRefine((t, ctx) => {
    const ids = t.options.map((o) => o.id)
    for (const message of templateProblems(`${t.subject ?? ''}\n${t.body}`, ids)) {
      ctx.addIssue({ code: 'custom', message })
    }
  })

export type MessageTemplate = z.output<typeof templateFileSchema>
export type TemplateOption = z.output<typeof templateOptionSchema>

/** What the user may change in a template: its words, never its kind or id. */
export const templateTextSchema = z.strictObject({
  subject: z
    .string()
    .max(SUBJECT_MAX, { message: `A subject is at most ${SUBJECT_MAX} characters.` })
    .optional(),
  body: z
    .string()
    .trim()
    .min(1, { message: 'A template needs some text.' })
    .max(BODY_MAX, {
      message: `A template is at most ${BODY_MAX.toLocaleString('en-US')} characters.`,
    }),
})
export type TemplateText = z.output<typeof templateTextSchema>
