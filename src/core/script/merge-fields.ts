export const mergeFields = [
  'interviewerFirstName',
  'interviewerLastName',
  'company',
  'role',
  'interviewDay',
  'yourName',
  'yourPhone',
  'yourEmail',
  // The user's own prepared answers, kept on the interview: never written for them.
  'industryChange',
  'skillInProgress',
  'salaryRange',
] as const

export type MergeField = (typeof mergeFields)[number]
export type MergeValues = Partial<Record<MergeField, string>>

/** Shown in place of a value the user hasn't given, so a gap is obvious when read aloud. */
export const mergeFieldPlaceholders: Record<MergeField, string> = {
  interviewerFirstName: "[interviewer's first name]",
  interviewerLastName: "[interviewer's last name]",
  company: '[company]',
  role: '[role]',
  interviewDay: '[interview day]',
  yourName: '[your name]',
  yourPhone: '[your phone number]',
  yourEmail: '[your email]',
  industryChange: '[a time you changed fields, and how you settled in]',
  skillInProgress: '[the skill you are building, and how]',
  salaryRange: '[your salary range]',
}

/** Fields filled from answers the user prepares on the interview page. */
export const preparedFields: readonly MergeField[] = [
  'industryChange',
  'skillInProgress',
  'salaryRange',
]

// Anything between double braces counts, so "{{ company name }}" is caught as a typo
// instead of being spoken word for word.
const FIELD = /\{\{([^{}]*)\}\}/g

export function isMergeField(name: string): name is MergeField {
  return (mergeFields as readonly string[]).includes(name)
}

/** Every field name used in the text, known or not, once each in order of first use. */
export function extractFields(text: string): string[] {
  const names = new Set<string>()
  for (const match of text.matchAll(FIELD)) names.add((match[1] ?? '').trim())
  return [...names]
}

export function unknownFields(text: string): string[] {
  return extractFields(text).filter((name) => !isMergeField(name))
}

export function fillLine(
  text: string,
  values: MergeValues,
): { text: string; missing: MergeField[] } {
  const missing = new Set<MergeField>()
  const filled = text.replace(FIELD, (whole, raw: string) => {
    const name = raw.trim()
    // Left as typed so the user can see and fix the typo.
    if (!isMergeField(name)) return whole
    const value = values[name]?.trim()
    if (value) return value
    missing.add(name)
    return mergeFieldPlaceholders[name]
  })
  return { text: filled, missing: [...missing] }
}
