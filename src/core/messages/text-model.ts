import type { Paragraph, Root, Sentence } from 'nlcst'
import { ParseEnglish } from 'parse-english'

export interface Span {
  start: number
  end: number
}

/** One sentence of the draft, with a lower-cased copy of the same length for matching. */
export interface DraftSentence extends Span {
  text: string
  /** Same length as `text`: lower case, straight quotes, one kind of space and dash. */
  norm: string
  /** In the sign-off block ("Thanks," + name + phone), which never counts as the message itself. */
  signOff: boolean
  words: number
  /** Words as spoken: a run of digits (a phone number) is read digit by digit. */
  spokenWords: Span[]
  wordSpans: Span[]
}

export interface DraftDoc {
  text: string
  /** The `Subject:` line's text, when the draft starts with one. */
  subject: DraftSentence | null
  /** Everything after the subject, sentence by sentence, sign-off included. */
  sentences: DraftSentence[]
}

const parser = new ParseEnglish()

// A closing on a line of its own, optionally followed by the sender's name on the same line.
const SIGN_OFF =
  /^\s*(many thanks|thanks( again| so much| very much)?|thank you( again| so much| very much)?|with thanks|best( regards| wishes)?|kind regards|warm(est)? regards|warmly|regards|sincerely|yours sincerely|yours truly|cheers|all the best|with gratitude|gratefully|respectfully|take care)\s*[,.!]?(\s+[A-Z][\p{L}'’.-]*){0,3}\s*$/iu

/** Lower-cases and straightens quotes one character at a time, so offsets never move. */
export function normalise(text: string): string {
  let out = ''
  for (const ch of text) {
    let c = ch
    if (/[’‘‛`´]/.test(c)) c = "'"
    else if (/[“”„]/.test(c)) c = '"'
    else if (/[‐‑‒–—]/.test(c)) c = '-'
    else if (/\s/.test(c)) c = ' '
    else {
      const lower = c.toLowerCase()
      if (lower.length === c.length) c = lower
    }
    out += c
  }
  return out
}

function wordSpans(sentence: Sentence, base: number): { words: Span[]; spoken: Span[] } {
  const words: Span[] = []
  const spoken: Span[] = []
  for (const child of sentence.children) {
    if (child.type !== 'WordNode' || !child.position) continue
    const start = base + (child.position.start.offset ?? 0)
    const end = base + (child.position.end.offset ?? 0)
    words.push({ start, end })
    const value = child.children.map((c) => ('value' in c ? c.value : '')).join('')
    // "555 0134" is said digit by digit, so each digit is a spoken word.
    if (/^\d{3,}$/.test(value)) {
      for (let i = 0; i < value.length; i++) spoken.push({ start: start + i, end: start + i + 1 })
    } else spoken.push({ start, end })
  }
  return { words, spoken }
}

function sentencesIn(text: string, from: number, to: number, signOff: boolean): DraftSentence[] {
  const root: Root = parser.parse(text.slice(from, to))
  const out: DraftSentence[] = []
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of (paragraph as Paragraph).children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue
      const start = from + (sentence.position.start.offset ?? 0)
      const end = from + (sentence.position.end.offset ?? 0)
      const { words, spoken } = wordSpans(sentence, from)
      const slice = text.slice(start, end)
      out.push({
        start,
        end,
        text: slice,
        norm: normalise(slice),
        signOff,
        words: words.length,
        wordSpans: words,
        spokenWords: spoken,
      })
    }
  }
  return out
}

/** The subject as one unit, however many sentences it has. */
function wholeSpan(text: string, start: number, end: number): DraftSentence {
  const parts = sentencesIn(text, start, end, false)
  const wordSpans = parts.flatMap((p) => p.wordSpans)
  const slice = text.slice(start, end)
  return {
    start,
    end,
    text: slice,
    norm: normalise(slice),
    signOff: false,
    words: wordSpans.length,
    wordSpans,
    spokenWords: parts.flatMap((p) => p.spokenWords),
  }
}

/**
 * Lines that belong together: a line that runs on without closing punctuation was wrapped by a
 * mail app, so it joins the next one. Short lines (a greeting, a name, a phone number) and lines
 * that end a sentence or a clause stay on their own.
 */
function blocks(lines: { start: number; text: string }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let open: { start: number; end: number } | null = null
  for (const line of lines) {
    const text = line.text.trim()
    if (!text) {
      open = null
      continue
    }
    const end = line.start + line.text.length
    // A wrapped line never swallows the sign-off: "Thanks," must stay a line of its own.
    if (open && SIGN_OFF.test(line.text)) open = null
    if (open) open.end = end
    else {
      open = { start: line.start, end }
      out.push(open)
    }
    const words = text.split(/\s+/).length
    if (/[.!?,:;"'’”)]$/.test(text) || words < 5 || SIGN_OFF.test(line.text)) open = null
  }
  return out
}

/**
 * Splits a draft into its subject line and sentences. Lines are kept apart (an email's greeting
 * and sign-off sit on lines of their own), and within a line the English parser finds sentence
 * ends, so "Mr. Lee" or "3.5 weeks" never end a sentence.
 */
export function parseDraft(
  text: string,
  options: { signOff: boolean } = { signOff: true },
): DraftDoc {
  const lines: { start: number; text: string }[] = []
  let at = 0
  for (const line of text.split('\n')) {
    lines.push({ start: at, text: line })
    at += line.length + 1
  }
  let first = 0
  while (first < lines.length && lines[first]!.text.trim() === '') first++
  let subject: DraftSentence | null = null
  const subjectLine = lines[first]
  const subjectMatch = subjectLine && /^(\s*subject\s*:\s*)(.*?)\s*$/i.exec(subjectLine.text)
  if (subjectLine && subjectMatch) {
    const start = subjectLine.start + subjectMatch[1]!.length
    subject = wholeSpan(text, start, start + subjectMatch[2]!.length)
    first++
  }

  const body = lines.slice(first)
  // The sign-off is the last closing line among the final few non-blank lines; it and what
  // follows (name, phone, title) are the signature, not the message.
  let signOffFrom = Number.POSITIVE_INFINITY
  if (options.signOff) {
    const filled = body.filter((l) => l.text.trim() !== '')
    for (const line of filled.slice(-6).reverse()) {
      if (SIGN_OFF.test(line.text)) {
        signOffFrom = line.start
        break
      }
    }
  }
  const sentences = blocks(body).flatMap((b) =>
    sentencesIn(text, b.start, b.end, b.start >= signOffFrom),
  )
  return { text, subject, sentences }
}
