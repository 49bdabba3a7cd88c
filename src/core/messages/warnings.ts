import { format } from 'date-fns'
import { addBusinessDays, addCalendarDays, parseIsoDate } from '../followup/business-days'
import type { Timeframe } from '../followup/plan'
import { allHits, phrases } from './match'
import type { MessageContext, MessageFinding, MessageKind, RuleId } from './check-types'
import type { DraftDoc, DraftSentence, Span } from './text-model'

export interface WarningRule {
  rule: RuleId
  kinds: readonly MessageKind[] | 'any'
  run(doc: DraftDoc, ctx: MessageContext, kind: MessageKind): Omit<MessageFinding, 'rule'>[]
}

/** Roughly half a minute of speech. */
export const VOICEMAIL_WORDS_MAX = 75
/** Past this a follow-up or thank-you starts to re-do the interview. */
export const MESSAGE_WORDS_MAX = 200

const DESPERATE = phrases(
  '(really |truly |desperately |badly |so )?need (this|the|a|that) (job|role|position|offer|work)',
  'out of work',
  '(been )?unemployed',
  'without (a )?(job|work|income|pay)',
  'lost my job',
  'desperate(ly)?',
  'beg(ging)?',
  'please,? please',
  '(pay|behind on|cover) (my )?(bills|rent|mortgage)',
  'money is (tight|short)',
  '(running|run|ran) out of (money|savings)',
  "(can't|cannot) afford",
  '(my )?last (hope|chance)',
  "(i'll|i will|i would) (take|do|accept) anything",
  'any job',
  '(please )?(just )?(give me a chance|hire me)',
  "(haven't|have not|can't|cannot) (slept|sleep)",
  'losing sleep',
)

const PRESSURE = phrases(
  'i (need|expect|want|demand) (an?|your|a final) (answer|decision|response|reply)',
  '(i )?need to know (now|today|by|soon|asap|immediately|right away)',
  "why (haven't|have not|hasn't|has not|didn't|did not|won't|will not) (you|anyone|anybody|i|no one|nobody|your team)",
  'why (is|has) (it|this|everything) (taking|taken)',
  '(you|your team) (said|promised|told me) (you|they) (would|will)',
  'you promised',
  '(respond|reply|answer|get back to me|let me know|call me( back)?|write back|contact me) .{0,30}(by|before|within) (today|tonight|tomorrow|(the )?end of|eod|close of|noon|(mon|tues|wednes|thurs|fri|satur|sun)day|\\d|the \\d|next week|this week)',
  '(respond|reply|answer|get back to me|call me( back)?|write back|contact me) .{0,20}(asap|as soon as possible|immediately|right away|at once|urgently|today)',
  'asap',
  'urgent(ly)?',
  "(i have|i've got|there are) (other|several|two|three|a few) (offers?|companies|interviews) (waiting|lined up|pending|on the table|to consider)",
  '(before|or) i (accept|take) (another|a different|an other) (offer|job|role)',
  'i deserve',
  'you owe me',
  "(it is|it's) (only|simply|just) (fair|polite|professional|courteous)",
  'the least you (can|could) do',
  'i (insist|demand)',
)

const BITTER = phrases(
  "(it's )?your (loss|mistake)",
  "(you|you've|you have|you) made a (big |huge |serious |terrible )?mistake",
  "(you'll|you will) (regret|be sorry|realize|realise|see)",
  'when you (realize|realise|figure out|come to your senses)',
  '(waste|wasted|wasting) (of )?(my|our) time',
  'waste of time',
  '(should|would) have (hired|chosen|picked) me',
  'good luck (finding|with that)',
  'unfair',
  'ridiculous',
  'insulting',
  'unprofessional',
  'disrespectful',
  'rude',
  'appalled',
  'insulted',
  '(you|your team) (ghosted|ignored) me',
  "(you're|you are) missing out",
  '(your|the) (process|company|hiring) is (broken|a mess|terrible|a joke)',
)

const REARGUE = phrases(
  'as i (said|mentioned|explained|told you) (in|during) (the|our) interview',
  'to (reiterate|recap|restate|clarify) (my|what|that)',
  "(let me|i'd like to|i would like to|i want to) (explain|clarify|restate|revisit|elaborate on|go over) (again|my answer|what i|further|in more detail|my answers)",
  '(i )?(should|could) have (said|answered|mentioned|explained)',
  '(what|all) i (meant|was trying to say)',
  '(here are|below are|let me list) (\\w+ )?(more )?(reasons|examples|points)',
  'my (answer|response) to your question (about|on)',
  "(did not|didn't) do myself justice",
  "in case (i wasn't|it wasn't|i was not|it was not) clear",
)

function spanFrom(words: Span[], index: number): Span | undefined {
  const first = words[index]
  const last = words[words.length - 1]
  return first && last ? { start: first.start, end: last.end } : undefined
}

const quote = (doc: DraftDoc, span: Span) =>
  doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()

const everything = (doc: DraftDoc): DraftSentence[] =>
  doc.subject ? [doc.subject, ...doc.sentences] : doc.sentences
const message = (doc: DraftDoc): DraftSentence[] => doc.sentences.filter((s) => !s.signOff)

function windowEnd(interviewDate: string, timeframe: Timeframe): string | null {
  switch (timeframe.kind) {
    case 'open':
      return null
    case 'date':
      return timeframe.date
    case 'days':
      return timeframe.business
        ? addBusinessDays(interviewDate, timeframe.days, [])
        : addCalendarDays(interviewDate, timeframe.days)
    case 'weeks':
      return addCalendarDays(interviewDate, timeframe.weeks * 7)
  }
}

const longDay = (iso: string) => format(parseIsoDate(iso), 'EEEE, MMMM d')

export const warningRules: WarningRule[] = [
  {
    rule: 'desperate',
    kinds: 'any',
    run: (doc) =>
      allHits(everything(doc), DESPERATE).map(({ span }) => ({
        severity: 'warning',
        span,
        message: `“${quote(doc, span)}” can read as need rather than fit. Leave your situation out and say what you would bring instead.`,
      })),
  },
  {
    rule: 'pressure',
    kinds: 'any',
    run: (doc) =>
      allHits(everything(doc), PRESSURE).map(({ span }) => ({
        severity: 'warning',
        span,
        message: `“${quote(doc, span)}” puts pressure on them. Ask when they expect to decide instead of setting a deadline or asking why it is slow.`,
      })),
  },
  {
    rule: 'bitter',
    kinds: 'any',
    run: (doc) =>
      allHits(everything(doc), BITTER).map(({ span }) => ({
        severity: 'warning',
        span,
        message: `“${quote(doc, span)}” sounds resentful. Stay gracious: people move on and remember who was kind.`,
      })),
  },
  {
    rule: 'over-pitch',
    kinds: ['follow-up', 'thank-you'],
    run(doc) {
      const body = message(doc)
      const words = body.flatMap((s) => s.wordSpans)
      const out: Omit<MessageFinding, 'rule'>[] = allHits(body, REARGUE).map(({ span }) => ({
        severity: 'warning',
        span,
        message: `“${quote(doc, span)}” goes back over the interview. Add one short point at most; they already heard your case.`,
      }))
      if (words.length > MESSAGE_WORDS_MAX) {
        const span = spanFrom(words, MESSAGE_WORDS_MAX)
        out.push({
          severity: 'warning',
          ...(span ? { span } : {}),
          message: `${words.length} words is long for this note (aim for under ${MESSAGE_WORDS_MAX}). Keep one point about your fit and cut the rest.`,
        })
      }
      return out
    },
  },
  {
    rule: 'vm-too-long',
    kinds: ['voicemail'],
    run(doc) {
      const spoken = doc.sentences.flatMap((s) => s.spokenWords)
      if (spoken.length <= VOICEMAIL_WORDS_MAX) return []
      const span = spanFrom(spoken, VOICEMAIL_WORDS_MAX)
      return [
        {
          severity: 'warning',
          ...(span ? { span } : {}),
          message: `About ${spoken.length} spoken words: keep a voicemail near 30 seconds (${VOICEMAIL_WORDS_MAX} words). The part past that is marked.`,
        },
      ]
    },
  },
  {
    rule: 'too-early',
    kinds: ['follow-up', 'voicemail'],
    run(_doc, ctx) {
      const send = ctx.sendDate
      if (!send) return []
      const end = ctx.timeframe ? windowEnd(ctx.interviewDate, ctx.timeframe) : null
      if (end && send <= end) {
        return [
          {
            severity: 'warning',
            message: `They said they would decide by ${longDay(end)}. Checking in before then can look as if you missed what they said; the plan waits until ${longDay(ctx.plannedDate && ctx.plannedDate > end ? ctx.plannedDate : end)}. You can still send it.`,
          },
        ]
      }
      if (ctx.plannedDate && send < ctx.plannedDate) {
        return [
          {
            severity: 'warning',
            message: `This check is planned for ${longDay(ctx.plannedDate)}. Sending it sooner can feel like pressure while they are still deciding, so it is worth waiting. You can still send it now.`,
          },
        ]
      }
      return []
    },
  },
  {
    rule: 'text-channel',
    kinds: 'any',
    run: (_doc, ctx) =>
      ctx.channel === 'text'
        ? [
            {
              severity: 'warning',
              message:
                'A text message is too casual for this and leaves too little room. Send it as an email, or call.',
            },
          ]
        : [],
  },
  {
    rule: 'too-many',
    kinds: ['follow-up', 'voicemail'],
    run: (_doc, ctx) =>
      (ctx.priorUnansweredChecks ?? 0) >= 3
        ? [
            {
              severity: 'warning',
              message: `${ctx.priorUnansweredChecks} check-ins in a row went unanswered. Another one is unlikely to help; it is time to move on and put this energy into the next application.`,
            },
          ]
        : [],
  },
]
