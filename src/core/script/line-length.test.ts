import { describe, expect, it } from 'vitest'
import legacy from './fixtures/edited-before-dial.json' with { type: 'json' }
import { longLines, spokenWords } from './line-length'
import { start } from './player'
import { callScriptSchema } from './schema'
import { isPlayable, validateScript } from './validate'

describe('spokenWords', () => {
  it.each<[string, number]>([
    ['', 0],
    ['Hello.', 1],
    ["I'm still very interested, thank you!", 6],
    ['Hi {{interviewerFirstName}}, this is {{yourName}}.', 5],
    ['Call me on {{ yourPhone }} — again, {{yourPhone}}.', 6],
    ['A well-known, two-part answer.', 4],
    ['Ich würde mich freuen.', 4],
  ])('%j has %i words', (text, words) => {
    expect(spokenWords(text)).toBe(words)
  })
})

describe('longLines', () => {
  it('flags lines over 40 words as advice, without stopping practice', () => {
    // A user's copy of the built-in script, edited before this rule existed.
    const old = callScriptSchema.parse(legacy)
    const long = longLines(old)
    expect(long.map((l) => [l.nodeId, l.words])).toEqual([
      ['opening', 43],
      ['answer-industry', 71],
      ['answer-skills', 81],
      ['answer-salary', 44],
      ['close-thanks', 41],
      ['different-direction', 66],
      ['voicemail', 68],
    ])
    expect(long[1]?.message).toBe(
      '“Answer: new industry” is 71 words to say. Under about 40 is easier to say naturally: consider splitting it into two steps.',
    )
    expect(validateScript(old)).toEqual([])
    expect(isPlayable(validateScript(old))).toBe(true)
    expect(start(old).path).toEqual([{ nodeId: 'opening' }])
  })

  it('a line of exactly 40 words is fine; 41 is not', () => {
    const script = callScriptSchema.parse(legacy)
    const withLine = (words: number) => ({
      ...script,
      nodes: script.nodes.map((n, i) =>
        i === 0 ? { ...n, line: Array.from({ length: words }, () => 'word').join(' ') } : n,
      ),
    })
    expect(longLines(withLine(40)).map((l) => l.nodeId)).not.toContain('opening')
    expect(longLines(withLine(41)).map((l) => l.nodeId)).toContain('opening')
  })
})
