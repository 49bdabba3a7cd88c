import { describe, it, expect } from 'vitest'
import { defaultCallScript as script } from './default-script'
import { extractFields } from './merge-fields'
import { validateScript } from './validate'

const byId = (id: string) => {
  const node = script.nodes.find((n) => n.id === id)
  if (!node) throw new Error(`missing ${id}`)
  return node
}

describe('default call script', () => {
  it('validates with no problems', () => {
    expect(validateScript(script)).toEqual([])
  })

  it('is marked built in and starts at the opening', () => {
    expect(script.builtIn).toBe(true)
    expect(byId(script.startNodeId).kind).toBe('opening')
  })

  it('opens with name, who you are, the interview day, the role and the question', () => {
    const fields = extractFields(byId('opening').line)
    expect(fields).toEqual(
      expect.arrayContaining(['interviewerFirstName', 'yourName', 'interviewDay', 'role']),
    )
    expect(byId('opening').line).toMatch(/decision/)
  })

  it('leaves a voicemail with how to reach you and a promised email', () => {
    const line = byId('voicemail').line
    for (const field of ['yourName', 'role', 'interviewDay', 'yourPhone']) {
      expect(line).toContain(`{{${field}}}`)
    }
    expect(line).toMatch(/email/)
  })

  it('answers each concern from its own answer step', () => {
    const concerns = script.edges.filter((e) => e.label.startsWith('Concern:'))
    expect(concerns).toHaveLength(3)
    for (const edge of concerns) {
      const answer = byId(edge.to)
      expect(answer.kind).toBe('answer')
      expect(answer.concern).toBeTruthy()
    }
  })

  it('gives every step DON’T examples and a coaching tip, and every reply an employer line', () => {
    for (const node of script.nodes) {
      expect(node.donts.length, node.id).toBeGreaterThan(0)
      expect(node.coaching, node.id).toBeTruthy()
    }
    for (const edge of script.edges) expect(edge.employerLine, edge.id).toBeTruthy()
  })

  it('warns against bitterness when they went another direction', () => {
    expect(byId('different-direction').donts.join(' ')).toMatch(/your loss/i)
  })
})
