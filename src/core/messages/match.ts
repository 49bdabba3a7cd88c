import type { DraftSentence, Span } from './text-model'

/**
 * A phrase pattern over normalised text: each space stands for any run of whitespace (so line
 * wraps and double spaces still match) and the ends must fall on word edges.
 */
export function phrase(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${source.replaceAll(' ', '\\s+')})(?![\\p{L}\\d])`, 'gu')
}

export const phrases = (...sources: string[]): RegExp[] => sources.map(phrase)

export interface Hit {
  sentence: DraftSentence
  span: Span
}

function matchesIn(sentence: DraftSentence, re: RegExp): Span[] {
  const out: Span[] = []
  re.lastIndex = 0
  for (const m of sentence.norm.matchAll(re)) {
    out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length })
  }
  return out
}

/** The first sentence (in reading order) that matches any of the patterns. */
export function firstHit(sentences: DraftSentence[], patterns: RegExp[]): Hit | null {
  for (const sentence of sentences) {
    for (const re of patterns) {
      const [span] = matchesIn(sentence, re)
      if (span) return { sentence, span }
    }
  }
  return null
}

/** Every match of every pattern, without overlaps, in reading order. */
export function allHits(sentences: DraftSentence[], patterns: RegExp[]): Hit[] {
  const hits: Hit[] = []
  for (const sentence of sentences) {
    for (const re of patterns) {
      for (const span of matchesIn(sentence, re)) hits.push({ sentence, span })
    }
  }
  hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
  return hits.filter((h, i) => i === 0 || h.span.start >= hits[i - 1]!.span.end)
}

/** Escapes user text (a name, a job title) so it matches literally, with flexible spacing. */
export function literal(text: string): string {
  return text
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, ' ')
}
