import { firstHit, literal, phrase, phrases, type Hit } from './match'
import type { MessageContext, MessageKind, RuleId } from './check-types'
import type { DraftDoc, DraftSentence } from './text-model'

export interface ElementRule {
  rule: RuleId
  kinds: readonly MessageKind[]
  label: string
  optional?: boolean
  /** Whether the rule applies at all with this context (e.g. only when others were met). */
  applies?: (ctx: MessageContext) => boolean
  find(body: DraftSentence[], ctx: MessageContext, doc: DraftDoc): Hit | null
  missing(ctx: MessageContext): string
}

const CHECKS = ['follow-up', 'voicemail'] as const

export const firstNameOf = (fullName: string) => fullName.trim().split(/\s+/)[0] ?? ''

const GENERIC_GREETING_NAMES = new Set([
  'team',
  'sir',
  'madam',
  'all',
  'there',
  'hiring',
  'everyone',
])
const GREETING =
  /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening))[\s,]+(?:(?:mr|mrs|ms|dr|mx)\.?\s+)?([\p{L}'-]+)/u

const STATUS_WORDS =
  '(decision|decided|decide|deciding|update|updates|news|next|timeline|timeframe|status|process|progress|where things|stand|round|schedule|date|hear back)'

const THANKS = phrases(
  'thank',
  'thanks',
  'thank you',
  'grateful',
  'appreciate',
  'appreciated',
  'gratitude',
)

const INTEREST = phrases(
  '(still |remain |very |really |truly |genuinely |even more |just as |as |so )?(interested|excited|enthusiastic|keen|thrilled)',
  'enthusiasm',
  'eager to (join|contribute|help|work|get started|be part|bring)',
  'look(ing)? forward to (the (chance|possibility|opportunity)|joining|working|contributing|being|helping|bringing)',
  "(would|i'd) (love|be (glad|delighted|happy|thrilled)) to (join|work|contribute|be part|bring|help)",
  '(my )?interest in',
  'appeals? to me',
  'excites me',
)

const PURPOSE = phrases(
  '(check|checking|checked) (in|on|back)',
  '(follow|following) up',
  'follow-up',
  'touch(ing)? base',
  'status (of|on)',
  '(see|ask|hear|know|find out|learn) (whether|if|how|where|what) .{0,60}' + STATUS_WORDS,
  '(writing|calling|reaching out|emailing) (to|about|regarding) .{0,40}' + STATUS_WORDS,
)

const STATUS_QUESTION_REQUESTS = phrases(
  '(let me know|share|tell me|update me|fill me in) .{0,60}(where|whether|if|how|when|what) .{0,60}' +
    STATUS_WORDS,
  '(love|like|glad|grateful|keen) to (know|hear|learn) (whether|if|how|where|what|when|about|of) .{0,60}' +
    STATUS_WORDS,
  '(ask|asking|wondering|wonder|curious) (whether|if|about|what|when|how) .{0,60}' + STATUS_WORDS,
  '(grateful|thankful) (for|to hear) (any|an) (update|news)',
  'what the next steps',
)

const DAY = phrases(
  'today|yesterday|tonight',
  'this (morning|afternoon|week)',
  'last (week|(mon|tues|wednes|thurs|fri|satur|sun)day)',
  'earlier (today|this week)',
  '(mon|tues|wednes|thurs|fri|satur|sun)day',
  '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}(st|nd|rd|th)?',
  '\\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*',
  'the \\d{1,2}(st|nd|rd|th)',
  '\\d{1,2}/\\d{1,2}(/\\d{2,4})?',
  '\\d{4}-\\d{2}-\\d{2}',
  '(\\d+|a|one|two|three) (days?|weeks?) ago',
)

const STRENGTH = phrases(
  'my (experience|background|years|time|track record|skills?|work) (in|with|at|on|as|leading|building|running|of)',
  "(i|i've|i have) (led|built|designed|ran|run|managed|launched|grew|cut|increased|reduced|shipped|created|delivered|improved|redesigned|helped|spent|worked|taught|trained)",
  "(i|i'd|i would|i can|i could) bring",
  'bring to (the|your) (role|team|position|work)',
  '(strong|good|great|natural|close) (fit|match)',
  'fits? (well )?with',
  '(skills|strengths?|experience|expertise) (in|with|at)',
  'as someone who',
  '(could|can|would|will) (help|contribute|bring|make a difference)',
  'background in',
)

const GROUP =
  '(everyone|everybody|the (whole |wider |rest of the )?team|all of you|each of you|the panel|your colleagues|the others|both of you)'
const OTHERS_TOGETHER = phrases(
  '(thank|thanks|thanking|grateful|pleasure|glad|lovely|great|good) .{0,60}' + GROUP,
  '(meet|meeting|met|speak|speaking|spoke|talk|talking) (with |to )?' + GROUP,
  'pass (on )?my thanks',
)

const KEEP_IN_MIND = phrases(
  '(keep|kept) me in mind',
  'bear me in mind',
  'keep (my )?(details|name|resume|résumé|cv|application) on file',
  '(consider|think of) me (for|again|in the future|if|when)',
  'future (roles|openings|opportunities|positions|vacancies)',
  '(stay|keep) in touch',
  'if (anything|something|another role|a role|a position|an opening)( else)? (comes up|opens|fits)',
  'door open',
  '(love|glad|happy) to be considered',
)

/** A sentence that ends in a question mark and is about the decision or the next steps. */
function statusQuestion(body: DraftSentence[]): Hit | null {
  const asked = body.filter((s) => s.norm.trimEnd().endsWith('?'))
  return firstHit(asked, [phrase(STATUS_WORDS)]) ?? firstHit(body, STATUS_QUESTION_REQUESTS)
}

function greetingName(body: DraftSentence[]): Hit | null {
  for (const sentence of body.slice(0, 3)) {
    const m = GREETING.exec(sentence.text)
    const name = m?.[3]
    if (name && /^\p{Lu}/u.test(name) && !GENERIC_GREETING_NAMES.has(name.toLowerCase())) {
      return { sentence, span: sentence }
    }
  }
  return null
}

const anyHit = (hit: Hit | null): Hit | null =>
  hit ? { sentence: hit.sentence, span: hit.sentence } : null

/** The sentence that holds the match: a found element points at its whole sentence. */
const sentenceOf = (body: DraftSentence[], patterns: RegExp[]) => anyHit(firstHit(body, patterns))

function roleAndDay(
  body: DraftSentence[],
  ctx: MessageContext,
): { role: Hit | null; day: Hit | null } {
  const role = ctx.role.trim()
  let roleHit = role ? firstHit(body, [phrase(literal(role.toLowerCase()))]) : null
  if (!roleHit && role) {
    // "the design role" for "Senior Product Designer" is too loose, but every main word of the
    // title in one sentence ("designer for the product team") is the same job.
    const main = role
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length > 2 && !['and', 'the', 'for', 'of'].includes(w))
    const found = body.find(
      (s) => main.length > 0 && main.every((w) => phrase(literal(w)).test(s.norm)),
    )
    if (found) roleHit = { sentence: found, span: found }
  }
  return { role: roleHit, day: firstHit(body, DAY) }
}

const rolePart = (ctx: MessageContext) =>
  ctx.role.trim() ? `the job title (${ctx.role.trim()})` : 'the job title'

export const elementRules: ElementRule[] = [
  {
    rule: 'missing-first-name',
    kinds: CHECKS,
    label: 'Their first name',
    find(body, ctx) {
      const first = firstNameOf(ctx.interviewer)
      if (!first) return greetingName(body)
      return sentenceOf(body, [phrase(literal(first.toLowerCase()))])
    },
    missing: (ctx) => {
      const first = firstNameOf(ctx.interviewer)
      return first
        ? `Greet ${first} by first name, e.g. “Hi ${first},”. It reads warmer than “Dear Hiring Manager”.`
        : 'Greet them by first name. Add their name to the interview so drafts can use it.'
    },
  },
  {
    rule: 'missing-purpose',
    kinds: CHECKS,
    label: 'Why you are writing',
    find: (body) => sentenceOf(body, PURPOSE),
    missing: () =>
      'Say early on why you are getting in touch: you are checking in on the status of your application.',
  },
  {
    rule: 'missing-role-date',
    kinds: CHECKS,
    label: 'The job and the day you met',
    find(body, ctx) {
      const { role, day } = roleAndDay(body, ctx)
      if (!role || !day) return null
      const sentence =
        role.sentence === day.sentence || role.sentence.start < day.sentence.start
          ? role.sentence
          : day.sentence
      return { sentence, span: sentence }
    },
    missing(ctx) {
      return `Name ${rolePart(ctx)} and the day you interviewed, so they can place you at once among other candidates.`
    },
  },
  {
    rule: 'missing-interest',
    kinds: CHECKS,
    label: 'Your interest in the role',
    find: (body) => sentenceOf(body, INTEREST),
    missing: () =>
      'Say that you are still interested in the role; time has passed, so tell them you still want it.',
  },
  {
    rule: 'missing-status-question',
    kinds: CHECKS,
    label: 'A direct question about next steps',
    find: (body) => anyHit(statusQuestion(body)),
    missing: () =>
      'Ask plainly where things stand or what the next steps are, and say you look forward to hearing from them.',
  },
  {
    rule: 'missing-thanks',
    kinds: CHECKS,
    label: 'Thanks',
    find: (body) => sentenceOf(body, THANKS),
    missing: () =>
      'Thank them for their time in the message itself; a “Thanks,” above your name is a sign-off, not thanks.',
  },
  {
    rule: 'no-specific-topic',
    kinds: ['follow-up'],
    label: 'Something specific from the interview',
    optional: true,
    find(body, ctx) {
      const topics = ctx.topics.map((t) => t.trim()).filter(Boolean)
      const patterns = [
        ...topics.map((t) => phrase(literal(t.toLowerCase()))),
        ...phrases(
          '(we|you) (discussed|talked about|spoke about|mentioned|described)',
          'our (conversation|discussion|talk|chat) (about|on)',
        ),
      ]
      return sentenceOf(body, patterns)
    },
    missing: (ctx) =>
      ctx.topics.length > 0
        ? `Mention something you talked about, such as “${ctx.topics[0]!.trim()}”, to show you were listening.`
        : 'Mention something specific you talked about in the interview, to show you were listening.',
  },
  {
    rule: 'ty-missing-thanks',
    kinds: ['thank-you'],
    label: 'Thanks for their time',
    find: (body) => sentenceOf(body, THANKS),
    missing: () =>
      'Thank them for their time or for meeting you, in the message itself; a “Thanks,” above your name is only a sign-off.',
  },
  {
    rule: 'ty-missing-enthusiasm',
    kinds: ['thank-you'],
    label: 'Enthusiasm for the position',
    find: (body) => sentenceOf(body, INTEREST),
    missing: () => 'Say that the conversation left you keen on the position.',
  },
  {
    rule: 'ty-missing-strength',
    kinds: ['thank-you'],
    label: 'A reminder of your strength',
    find: (body) => sentenceOf(body, STRENGTH),
    missing: () =>
      'Remind them, in a sentence, of the strongest thing you would bring to the role (the interview’s “Strengths to stress”).',
  },
  {
    rule: 'ty-not-everyone',
    kinds: ['thank-you'],
    label: 'Everyone you met',
    applies: (ctx) => (ctx.otherInterviewers ?? []).some((n) => n.trim()),
    find(body, ctx) {
      const names = (ctx.otherInterviewers ?? []).map(firstNameOf).filter(Boolean)
      return sentenceOf(body, [
        ...names.map((n) => phrase(literal(n.toLowerCase()))),
        ...OTHERS_TOGETHER,
      ])
    },
    missing(ctx) {
      const names = (ctx.otherInterviewers ?? []).map(firstNameOf).filter(Boolean)
      return `You also met ${names.join(' and ')}: thank them too, or name them in this note.`
    },
  },
  {
    rule: 'vm-missing-callback',
    kinds: ['voicemail'],
    label: 'A number to call you back',
    find(body) {
      // Any number long enough to dial counts: it may be a work line rather than the profile's.
      const number = /\+?\d[\d ().-]{5,}\d/g
      const sentence = body.find((s) =>
        [...s.norm.matchAll(number)].some((m) => m[0].replace(/\D/g, '').length >= 7),
      )
      return sentence ? { sentence, span: sentence } : null
    },
    missing: (ctx) =>
      ctx.yourPhone?.trim()
        ? `Leave your number (${ctx.yourPhone.trim()}) and say it slowly, so they can write it down.`
        : 'Leave a number to call you back, said slowly. Add your phone in Settings to fill it in.',
  },
  {
    rule: 'rej-missing-thanks',
    kinds: ['rejection-reply'],
    label: 'Thanks for considering you',
    find: (body) => sentenceOf(body, THANKS),
    missing: () =>
      'Thank them for their time and for considering you; it leaves a good last impression.',
  },
  {
    rule: 'rej-missing-keep-in-mind',
    kinds: ['rejection-reply'],
    label: 'Ask to be kept in mind',
    find: (body) => sentenceOf(body, KEEP_IN_MIND),
    missing: () =>
      'Ask them to keep you in mind for future roles; a gracious reply keeps the door open.',
  },
]
