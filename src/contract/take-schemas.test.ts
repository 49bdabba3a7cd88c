import { describe, expect, it } from 'vitest'
import { analyzeTake } from '../core/audio/analyze'
import { withPace } from '../core/audio/pace-evidence'
import { silence } from '../core/audio/signals'
import { takeAnalysisSchema } from './take-schemas'

const rate = 8000
const samples = silence(2000, rate)
const old = analyzeTake(samples, rate, [{ nodeId: 'opening', atMs: 0 }])

describe('takeAnalysisSchema and speaking pace', () => {
  it('still reads a take saved before pace was measured', () => {
    expect(old).not.toHaveProperty('pace')
    expect(takeAnalysisSchema.parse(old)).toEqual(old)
  })

  it('reads a take with pace for the take and for each step', () => {
    const measured = withPace(old, samples, rate)
    const withNumbers = {
      ...measured,
      pace: { wordsPerMinute: 152, syllablesPerSecond: 3.3 },
      perNode: [{ ...measured.perNode[0]!, wordsPerMinute: 188 }],
    }
    expect(takeAnalysisSchema.parse(measured)).toEqual(measured)
    expect(takeAnalysisSchema.parse(withNumbers)).toEqual(withNumbers)
  })

  it.each<[string, object]>([
    ['a negative pace', { pace: { wordsPerMinute: -5, syllablesPerSecond: 1 } }],
    ['an impossible pace', { pace: { wordsPerMinute: 5000, syllablesPerSecond: 1 } }],
    ['a pace without syllables', { pace: { wordsPerMinute: 150 } }],
    ['an unknown key in pace', { pace: { wordsPerMinute: 150, syllablesPerSecond: 3, x: 1 } }],
  ])('refuses %s', (_name, patch) => {
    expect(takeAnalysisSchema.safeParse({ ...old, ...patch }).success).toBe(false)
  })
})
