/** The prepared answers the call script speaks in the user's words, as the forms ask for them. */
export type PreparedField = 'industryChange' | 'skillInProgress' | 'salaryRange'

export const preparedLabels: Record<PreparedField, { label: string; help: string }> = {
  industryChange: {
    label: 'A time you changed fields and settled in',
    help: 'One or two real examples, as you would say them: the move you made and what you achieved.',
  },
  skillInProgress: {
    label: 'A skill you are building',
    help: 'Name the skill and what you are actually doing about it.',
  },
  salaryRange: {
    label: 'Your salary range',
    help: 'As you would say it aloud, with the lowest figure you would accept in mind.',
  },
}

export const preparedOrder: readonly PreparedField[] = [
  'industryChange',
  'skillInProgress',
  'salaryRange',
]
