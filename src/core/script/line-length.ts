import type { CallScript } from './schema'

/** A line is easier to say naturally, and to remember, under about this many spoken words. */
export const LINE_WORDS_MAX = 40

const FIELD = /\{\{[^{}]*\}\}/g

/**
 * Words a line takes to say. A {{field}} counts as one word: its value is a name or a short
 * phrase, and a script can't know the user's.
 */
export function spokenWords(text: string): number {
  const words = text.replace(FIELD, ' field ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)
  return words?.length ?? 0
}

export interface LongLine {
  nodeId: string
  words: number
  message: string
}

/**
 * Lines over LINE_WORDS_MAX words. Advice, not a problem: a long line can still be practised
 * (scripts edited before this rule must keep working), but the editor says so beside it.
 */
export function longLines(script: CallScript): LongLine[] {
  return script.nodes.flatMap((node) => {
    const words = spokenWords(node.line)
    if (words <= LINE_WORDS_MAX) return []
    return [
      {
        nodeId: node.id,
        words,
        message: `“${node.title.trim() || 'Untitled step'}” is ${words} words to say. Under about ${LINE_WORDS_MAX} is easier to say naturally: consider splitting it into two steps.`,
      },
    ]
  })
}
