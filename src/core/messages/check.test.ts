import { describe, expect, it } from 'vitest'
import {
  checkMessage,
  reviewMessage,
  ruleIds,
  type MessageContext,
  type MessageKind,
} from './check'

const ctx: MessageContext = {
  company: 'Acme Tools',
  role: 'Product Designer',
  interviewer: 'Dana Okafor',
  interviewDate: '2026-03-03',
  topics: ['the onboarding redesign', 'how the team runs research'],
  otherInterviewers: [],
  channel: 'email',
  sendDate: '2026-03-12',
  plannedDate: '2026-03-11',
  timeframe: { kind: 'open' },
  attemptNumber: 1,
  priorUnansweredChecks: 0,
  yourPhone: '555 010 4477',
}

const goodFollowUp = `Subject: Checking in on the Product Designer role

Hi Dana,

I hope the week is treating you well. I'm writing to check in on the Product Designer role I interviewed for on March 3.
Since then I've kept thinking about the onboarding redesign, and I'm still very interested in joining Acme Tools.
Could you tell me where things stand, or what the next steps look like? I look forward to hearing from you.

Thank you again for your time.

Best,
Sam`

const goodThankYou = `Subject: Thank you for today

Hi Dana,

Thank you for taking the time to meet with me earlier today.
I came away genuinely excited about the Product Designer position.
My experience with running usability studies would help the team ship the onboarding redesign with confidence.

Kind regards,
Sam`

const goodVoicemail = `Hi Dana, this is Sam Rivera calling about the Product Designer role I interviewed for last Tuesday. I'm checking in because I'm still very interested, and I'd love to hear whether there's any news on a decision. You can reach me at 555 010 4477. Thank you, and have a good day.`

const goodRejectionReply = `Subject: Thank you

Hi Dana,

Thank you for letting me know, and for considering me.
I enjoyed meeting the team, and I hope you'll keep me in mind for future openings.

All the best,
Sam`

const good: Record<MessageKind, string> = {
  'follow-up': goodFollowUp,
  'thank-you': goodThankYou,
  voicemail: goodVoicemail,
  'rejection-reply': goodRejectionReply,
}

const rulesOf = (kind: MessageKind, draft: string, context: MessageContext = ctx) =>
  checkMessage({ kind, draft, context }).map((f) => f.rule)

interface Row {
  rule: (typeof ruleIds)[number]
  kind: MessageKind
  /** Draft and context that must raise the rule. */
  flagged: { draft: string; context?: Partial<MessageContext> }
  /** A near miss that must not (often a trap from the issue). */
  clean: { draft: string; context?: Partial<MessageContext> }
}

const replace = (text: string, from: string | RegExp, to: string) => {
  const out = text.replace(from, to)
  if (out === text) throw new Error(`test setup: “${String(from)}” is not in the draft`)
  return out
}

const rows: Row[] = [
  {
    rule: 'missing-first-name',
    kind: 'follow-up',
    flagged: { draft: replace(goodFollowUp, 'Hi Dana,', 'Dear Hiring Manager,') },
    clean: { draft: replace(goodFollowUp, 'Hi Dana,', 'Dear Dana,') },
  },
  {
    rule: 'missing-first-name',
    kind: 'voicemail',
    flagged: { draft: replace(goodVoicemail, 'Hi Dana, this', 'Hello, this') },
    clean: { draft: goodVoicemail },
  },
  {
    rule: 'missing-purpose',
    kind: 'follow-up',
    flagged: {
      draft: replace(goodFollowUp, "I'm writing to check in on the", 'We met about the'),
    },
    clean: {
      draft: replace(goodFollowUp, "I'm writing to check in on the", "I'm following up on the"),
    },
  },
  {
    rule: 'missing-role-date',
    kind: 'follow-up',
    flagged: {
      draft: replace(goodFollowUp, 'Product Designer role I interviewed for on March 3', 'role'),
    },
    clean: {
      draft: replace(goodFollowUp, 'on March 3', 'last Tuesday'),
    },
  },
  {
    rule: 'missing-role-date',
    kind: 'follow-up',
    // The title is there, the day is not.
    flagged: {
      draft: replace(goodFollowUp, ' I interviewed for on March 3', ' I interviewed for'),
    },
    clean: { draft: replace(goodFollowUp, 'on March 3', 'on the 3rd') },
  },
  {
    rule: 'missing-interest',
    kind: 'follow-up',
    flagged: {
      draft: replace(
        goodFollowUp,
        "and I'm still very interested in joining Acme Tools",
        'and about Acme Tools',
      ),
    },
    clean: {
      draft: replace(
        goodFollowUp,
        "and I'm still very interested in joining Acme Tools",
        'and I would love to join Acme Tools',
      ),
    },
  },
  {
    rule: 'missing-status-question',
    kind: 'follow-up',
    flagged: {
      draft: replace(
        goodFollowUp,
        'Could you tell me where things stand, or what the next steps look like? ',
        '',
      ),
    },
    clean: {
      draft: replace(
        goodFollowUp,
        'Could you tell me where things stand, or what the next steps look like?',
        'I would be glad to know whether a decision has been made.',
      ),
    },
  },
  {
    rule: 'missing-thanks',
    kind: 'follow-up',
    // Trap: "Thanks," in the sign-off alone is not thanks.
    flagged: {
      draft: replace(
        replace(goodFollowUp, 'Thank you again for your time.\n\n', ''),
        'Best,',
        'Thanks,',
      ),
    },
    clean: { draft: goodFollowUp },
  },
  {
    rule: 'missing-thanks',
    kind: 'voicemail',
    flagged: { draft: replace(goodVoicemail, 'Thank you, and have', 'Have') },
    // In a voicemail the closing words are spoken, so they count.
    clean: { draft: goodVoicemail },
  },
  {
    rule: 'no-specific-topic',
    kind: 'follow-up',
    flagged: {
      draft: replace(
        goodFollowUp,
        "Since then I've kept thinking about the onboarding redesign, and",
        'Also,',
      ),
    },
    clean: {
      draft: replace(
        goodFollowUp,
        "Since then I've kept thinking about the onboarding redesign",
        'I enjoyed what you described about the research team',
      ),
    },
  },
  {
    rule: 'ty-missing-thanks',
    kind: 'thank-you',
    // Trap: a thank-you whose only "thanks" is the sign-off.
    flagged: {
      draft: replace(
        replace(
          goodThankYou,
          'Thank you for taking the time to meet with me earlier today.',
          'It was good to meet earlier today.',
        ),
        'Kind regards,',
        'Thanks,',
      ),
    },
    clean: {
      draft: replace(
        goodThankYou,
        'Thank you for taking the time',
        'I really appreciated you taking the time',
      ),
    },
  },
  {
    rule: 'ty-missing-enthusiasm',
    kind: 'thank-you',
    flagged: {
      draft: replace(
        goodThankYou,
        'I came away genuinely excited about the Product Designer position.\n',
        '',
      ),
    },
    clean: {
      draft: replace(
        goodThankYou,
        'I came away genuinely excited about',
        'I left with real enthusiasm for',
      ),
    },
  },
  {
    rule: 'ty-missing-strength',
    kind: 'thank-you',
    flagged: {
      draft: replace(
        goodThankYou,
        'My experience with running usability studies would help the team ship the onboarding redesign with confidence.',
        'The office looked lovely.',
      ),
    },
    clean: {
      draft: replace(
        goodThankYou,
        'My experience with running usability studies would help the team ship the onboarding redesign with confidence.',
        "I've led usability studies for tools much like yours.",
      ),
    },
  },
  {
    rule: 'ty-not-everyone',
    kind: 'thank-you',
    flagged: { draft: goodThankYou, context: { otherInterviewers: ['Lee Marsh'] } },
    clean: {
      draft: replace(
        goodThankYou,
        'Kind regards,',
        'Please pass my thanks to Lee as well.\n\nKind regards,',
      ),
      context: { otherInterviewers: ['Lee Marsh'] },
    },
  },
  {
    rule: 'ty-not-everyone',
    kind: 'thank-you',
    flagged: { draft: goodThankYou, context: { otherInterviewers: ['Lee Marsh', 'Ana Ruiz'] } },
    clean: {
      draft: replace(
        goodThankYou,
        'Kind regards,',
        'It was a pleasure to meet the whole team.\n\nKind regards,',
      ),
      context: { otherInterviewers: ['Lee Marsh', 'Ana Ruiz'] },
    },
  },
  {
    rule: 'vm-missing-callback',
    kind: 'voicemail',
    flagged: {
      draft: replace(
        goodVoicemail,
        'You can reach me at 555 010 4477. ',
        'Call me back when you can. ',
      ),
    },
    clean: { draft: replace(goodVoicemail, '555 010 4477', '(555) 010-4477') },
  },
  {
    rule: 'vm-too-long',
    kind: 'voicemail',
    flagged: {
      draft: replace(
        goodVoicemail,
        'Thank you,',
        'I also wanted to add that I have been thinking about the onboarding redesign, and I have some ideas I would be glad to share with the team whenever it suits. Thank you,',
      ),
    },
    clean: { draft: goodVoicemail },
  },
  {
    rule: 'rej-missing-thanks',
    kind: 'rejection-reply',
    flagged: {
      draft: replace(
        replace(goodRejectionReply, 'Thank you for letting me know, and for considering me.\n', ''),
        'All the best,',
        'Thanks,',
      ),
    },
    clean: {
      draft: replace(
        goodRejectionReply,
        'Thank you for letting me know',
        'I appreciate you letting me know',
      ),
    },
  },
  {
    rule: 'rej-missing-keep-in-mind',
    kind: 'rejection-reply',
    flagged: {
      draft: replace(
        goodRejectionReply,
        ", and I hope you'll keep me in mind for future openings",
        '',
      ),
    },
    clean: {
      draft: replace(
        goodRejectionReply,
        "I hope you'll keep me in mind for future openings",
        "I'd be glad to stay in touch",
      ),
    },
  },
  {
    rule: 'desperate',
    kind: 'follow-up',
    flagged: {
      draft: replace(
        goodFollowUp,
        'I look forward',
        "I really need this job; I've been out of work for months. I look forward",
      ),
    },
    clean: {
      draft: replace(
        goodFollowUp,
        'I look forward',
        'I need nothing more from you right now. I look forward',
      ),
    },
  },
  {
    rule: 'desperate',
    kind: 'rejection-reply',
    flagged: {
      draft: replace(goodRejectionReply, 'All the best', 'Please, please reconsider. All the best'),
    },
    clean: { draft: goodRejectionReply },
  },
  {
    rule: 'pressure',
    kind: 'follow-up',
    flagged: {
      draft: replace(
        goodFollowUp,
        'I look forward to hearing from you.',
        'I need an answer by Friday.',
      ),
    },
    // Trap: an offer to send more information is not pressure.
    clean: {
      draft: replace(
        goodFollowUp,
        'I look forward to hearing from you.',
        'Please let me know if I can provide any more information.',
      ),
    },
  },
  {
    rule: 'pressure',
    kind: 'voicemail',
    flagged: {
      draft: replace(
        goodVoicemail,
        'Thank you, and',
        "Why haven't you called me back? Thank you, and",
      ),
    },
    clean: {
      draft: replace(
        goodVoicemail,
        'Thank you, and',
        'Whenever it suits you is fine. Thank you, and',
      ),
    },
  },
  {
    rule: 'pressure',
    kind: 'follow-up',
    flagged: {
      draft: replace(
        goodFollowUp,
        'I look forward',
        'Please get back to me by tomorrow. I look forward',
      ),
    },
    // Quoting their own timeline is not a deadline set for them.
    clean: {
      draft: replace(
        goodFollowUp,
        'I look forward',
        'You mentioned you hoped to decide by Friday. I look forward',
      ),
    },
  },
  {
    rule: 'bitter',
    kind: 'rejection-reply',
    flagged: {
      draft: replace(
        goodRejectionReply,
        'All the best,',
        'Your loss. When you realize you made a mistake, call me.\n\nAll the best,',
      ),
    },
    clean: {
      draft: replace(goodRejectionReply, 'I enjoyed', "I'm sorry to hear it, but I enjoyed"),
    },
  },
  {
    rule: 'over-pitch',
    kind: 'follow-up',
    flagged: {
      draft: replace(
        goodFollowUp,
        'Thank you again',
        'To reiterate my answer about research budgets, I should have said that I can do a lot with very little. Thank you again',
      ),
    },
    // A short note of something forgotten is fine.
    clean: {
      draft: replace(
        goodFollowUp,
        'Thank you again',
        'One thing I meant to mention: I also mentor two junior designers. Thank you again',
      ),
    },
  },
  {
    rule: 'over-pitch',
    kind: 'thank-you',
    flagged: {
      draft: replace(
        goodThankYou,
        'Kind regards,',
        `${'I also led a large research programme across many teams. '.repeat(20)}\n\nKind regards,`,
      ),
    },
    clean: { draft: goodThankYou },
  },
  {
    rule: 'too-early',
    kind: 'follow-up',
    flagged: {
      draft: goodFollowUp,
      context: { sendDate: '2026-03-09', plannedDate: '2026-03-11' },
    },
    clean: { draft: goodFollowUp, context: { sendDate: '2026-03-11', plannedDate: '2026-03-11' } },
  },
  {
    rule: 'too-early',
    kind: 'voicemail',
    // Before the end of the timeframe they gave, even without a planned date.
    flagged: {
      draft: goodVoicemail,
      context: {
        sendDate: '2026-03-10',
        plannedDate: null,
        timeframe: { kind: 'weeks', weeks: 2 },
      },
    },
    clean: {
      draft: goodVoicemail,
      context: {
        sendDate: '2026-03-20',
        plannedDate: null,
        timeframe: { kind: 'weeks', weeks: 2 },
      },
    },
  },
  {
    rule: 'text-channel',
    kind: 'thank-you',
    flagged: { draft: goodThankYou, context: { channel: 'text' } },
    clean: { draft: goodThankYou, context: { channel: 'note' } },
  },
  {
    rule: 'too-many',
    kind: 'follow-up',
    flagged: { draft: goodFollowUp, context: { priorUnansweredChecks: 3 } },
    clean: { draft: goodFollowUp, context: { priorUnansweredChecks: 2 } },
  },
]

describe('checkMessage: every rule id, flagged and not flagged', () => {
  it.each(Object.entries(good))('a good %s draft has no findings', (kind, draft) => {
    expect(checkMessage({ kind: kind as MessageKind, draft, context: ctx })).toEqual([])
  })

  it.each(rows.map((r, i) => [`${r.rule} (${r.kind}) #${i}`, r] as const))('%s', (_name, row) => {
    const flagged = rulesOf(row.kind, row.flagged.draft, { ...ctx, ...row.flagged.context })
    const clean = rulesOf(row.kind, row.clean.draft, { ...ctx, ...row.clean.context })
    expect(flagged).toContain(row.rule)
    expect(clean).not.toContain(row.rule)
  })

  it('covers every rule id in RULES.md', () => {
    expect(new Set(rows.map((r) => r.rule))).toEqual(new Set(ruleIds))
  })
})

describe('which rules apply to which kind', () => {
  it('a thank-you never needs a status question', () => {
    const rules = rulesOf('thank-you', goodThankYou)
    expect(rules).toEqual([])
    const review = reviewMessage({ kind: 'thank-you', draft: goodThankYou, context: ctx })
    expect(review.elements.map((e) => e.rule)).not.toContain('missing-status-question')
  })

  it('a rejection reply needs no status question, purpose or role', () => {
    const rules = rulesOf('rejection-reply', 'Hi Dana,\n\nThank you. Please keep me in mind.')
    expect(rules).toEqual([])
  })

  it('an empty follow-up misses all six elements and suggests a topic', () => {
    expect(rulesOf('follow-up', '')).toEqual([
      'missing-first-name',
      'missing-purpose',
      'missing-role-date',
      'missing-interest',
      'missing-status-question',
      'missing-thanks',
      'no-specific-topic',
    ])
  })

  it('a voicemail is never judged against the written-message length', () => {
    expect(rulesOf('voicemail', goodVoicemail)).not.toContain('over-pitch')
  })
})

describe('spans', () => {
  const at = (draft: string, span?: { start: number; end: number }) =>
    span ? draft.slice(span.start, span.end) : undefined

  it('each element found points at the sentence that has it', () => {
    const review = reviewMessage({ kind: 'follow-up', draft: goodFollowUp, context: ctx })
    const text = Object.fromEntries(review.elements.map((e) => [e.rule, at(goodFollowUp, e.span)]))
    expect(text['missing-first-name']).toBe('Hi Dana,')
    expect(text['missing-purpose']).toBe(
      "I'm writing to check in on the Product Designer role I interviewed for on March 3.",
    )
    expect(text['missing-role-date']).toBe(text['missing-purpose'])
    expect(text['missing-interest']).toContain('still very interested')
    expect(text['missing-status-question']).toBe(
      'Could you tell me where things stand, or what the next steps look like?',
    )
    expect(text['missing-thanks']).toBe('Thank you again for your time.')
  })

  it('each warning points at the words that caused it', () => {
    const draft = replace(
      goodFollowUp,
      'I look forward',
      'Honestly, I really need this job. I look forward',
    )
    const [finding] = checkMessage({ kind: 'follow-up', draft, context: ctx })
    expect(finding?.rule).toBe('desperate')
    expect(at(draft, finding?.span)).toBe('really need this job')
    expect(finding?.message).toContain('“really need this job”')
  })

  it('matches across line wraps, curly apostrophes and capitals', () => {
    const draft = replace(goodFollowUp, 'I look forward', 'I Really\nneed this JOB. I look forward')
    const finding = checkMessage({ kind: 'follow-up', draft, context: ctx }).find(
      (f) => f.rule === 'desperate',
    )
    expect(at(draft, finding?.span)).toBe('Really\nneed this JOB')
    const curly = replace(goodFollowUp, "I'm still very interested", 'I’m still very interested')
    expect(rulesOf('follow-up', curly)).toEqual([])
  })

  it('a long voicemail marks the words past the limit', () => {
    const long = `${goodVoicemail} ${'More words here to go on and on. '.repeat(10)}`
    const finding = checkMessage({ kind: 'voicemail', draft: long, context: ctx }).find(
      (f) => f.rule === 'vm-too-long',
    )
    expect(at(long, finding?.span)).toMatch(/^[\s\S]+go on and on$/)
    expect(finding?.span?.start).toBeGreaterThan(goodVoicemail.length / 2)
    expect(finding?.message).toMatch(/About \d+ spoken words/)
  })

  it('the subject line counts for warnings but not as the message', () => {
    const draft = replace(
      goodFollowUp,
      'Subject: Checking in on the Product Designer role',
      'Subject: I really need this job',
    )
    const finding = checkMessage({ kind: 'follow-up', draft, context: ctx }).find(
      (f) => f.rule === 'desperate',
    )
    expect(at(draft, finding?.span)).toBe('really need this job')
    const onlySubject = 'Subject: Thank you so much\n\nHi Dana,\n\nI enjoyed it.'
    expect(rulesOf('thank-you', onlySubject)).toContain('ty-missing-thanks')
  })

  it('abbreviations do not split sentences', () => {
    const draft = replace(
      goodFollowUp,
      'I hope the week is treating you well.',
      'I met Dr. Lee and Ms. Ruiz too.',
    )
    const review = reviewMessage({ kind: 'follow-up', draft, context: ctx })
    const sentence = review.elements.find((e) => e.rule === 'missing-first-name')
    expect(at(draft, sentence?.span)).toBe('Hi Dana,')
  })
})

describe('the T12 warning says the date and why', () => {
  it('names the planned day', () => {
    const [f] = checkMessage({
      kind: 'follow-up',
      draft: goodFollowUp,
      context: { ...ctx, sendDate: '2026-03-09', plannedDate: '2026-03-11' },
    })
    expect(f?.rule).toBe('too-early')
    expect(f?.severity).toBe('warning')
    expect(f?.message).toContain('Wednesday, March 11')
    expect(f?.message).toContain('You can still send it')
  })

  it('names the end of their timeframe when it is later than today', () => {
    const [f] = checkMessage({
      kind: 'follow-up',
      draft: goodFollowUp,
      context: {
        ...ctx,
        sendDate: '2026-03-10',
        plannedDate: '2026-03-19',
        timeframe: { kind: 'date', date: '2026-03-17' },
      },
    })
    expect(f?.message).toContain('Tuesday, March 17')
    expect(f?.message).toContain('Thursday, March 19')
  })
})
