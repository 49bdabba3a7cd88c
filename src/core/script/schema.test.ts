import { describe, it, expect } from 'vitest'
import { callScriptSchema, practiceCountsSchema } from './schema'

const valid = {
  schemaVersion: 1,
  id: 'my-call',
  name: 'My call',
  builtIn: false,
  startNodeId: 'opening',
  nodes: [
    {
      id: 'opening',
      kind: 'opening',
      title: 'Opening',
      line: 'Hi {{interviewerFirstName}}',
      donts: [],
    },
    {
      id: 'answer',
      kind: 'answer',
      title: 'Answer',
      line: 'I adapted before.',
      donts: ['Your loss.'],
      coaching: 'Stay calm.',
      concern: 'No experience in our industry',
    },
  ],
  edges: [{ id: 'e1', from: 'opening', to: 'answer', label: 'Concern', employerLine: 'Hmm.' }],
  updatedAt: '2025-03-04T09:00:00.000Z',
}

type Patch = (s: typeof valid) => unknown

describe('callScriptSchema', () => {
  it('accepts a well-formed script', () => {
    expect(callScriptSchema.parse(valid)).toEqual(valid)
  })

  it('accepts a dial step and what a reply means for the log', () => {
    const withDial = {
      ...valid,
      startNodeId: 'dial',
      nodes: [{ ...valid.nodes[0], id: 'dial', kind: 'dial', line: '' }, ...valid.nodes],
      edges: [
        { id: 'picked-up', from: 'dial', to: 'opening', label: 'They answer' },
        { ...valid.edges[0], logAs: 'rejected' },
      ],
    }
    expect(callScriptSchema.parse(withDial)).toEqual(withDial)
  })

  it('accepts blank lines and labels so drafts can be saved', () => {
    const draft = {
      ...valid,
      nodes: [{ ...valid.nodes[0], line: '' }],
      edges: [{ ...valid.edges[0], label: '' }],
    }
    expect(callScriptSchema.safeParse(draft).success).toBe(true)
  })

  it.each<[string, Patch]>([
    ['an unknown key on the script', (s) => ({ ...s, extra: true })],
    ['an unknown key on a step', (s) => ({ ...s, nodes: [{ ...s.nodes[0], spoken: 'x' }] })],
    ['an unknown key on a reply', (s) => ({ ...s, edges: [{ ...s.edges[0], weight: 1 }] })],
    ['a script id with capitals', (s) => ({ ...s, id: 'My-Call' })],
    ['a step id with a space', (s) => ({ ...s, nodes: [{ ...s.nodes[0], id: 'ask concerns' }] })],
    ['an id over 40 characters', (s) => ({ ...s, startNodeId: 'a'.repeat(41) })],
    ['an empty reply target', (s) => ({ ...s, edges: [{ ...s.edges[0], to: '' }] })],
    [
      'a line over 2000 characters',
      (s) => ({ ...s, nodes: [{ ...s.nodes[0], line: 'a'.repeat(2001) }] }),
    ],
    [
      'a DON’T over 2000 characters',
      (s) => ({ ...s, nodes: [{ ...s.nodes[0], donts: ['a'.repeat(2001)] }] }),
    ],
    [
      'a label over 80 characters',
      (s) => ({ ...s, edges: [{ ...s.edges[0], label: 'a'.repeat(81) }] }),
    ],
    ['a blank title', (s) => ({ ...s, nodes: [{ ...s.nodes[0], title: '  ' }] })],
    ['an unknown kind', (s) => ({ ...s, nodes: [{ ...s.nodes[0], kind: 'small-talk' }] })],
    ['an unknown log meaning', (s) => ({ ...s, edges: [{ ...s.edges[0], logAs: 'maybe' }] })],
    ['another schema version', (s) => ({ ...s, schemaVersion: 2 })],
    ['a missing donts list', (s) => ({ ...s, nodes: [{ ...s.nodes[0], donts: undefined }] })],
    ['a timestamp that is not ISO', (s) => ({ ...s, updatedAt: 'yesterday' })],
    [
      'more than 200 steps',
      (s) => ({
        ...s,
        nodes: Array.from({ length: 201 }, (_, i) => ({ ...s.nodes[0], id: `n-${i}` })),
      }),
    ],
  ])('rejects %s', (_name, patch) => {
    expect(callScriptSchema.safeParse(patch(valid)).success).toBe(false)
  })

  it('allows exactly the limits', () => {
    const atLimits = {
      ...valid,
      id: 'a'.repeat(40),
      nodes: Array.from({ length: 200 }, (_, i) => ({
        ...valid.nodes[0],
        id: `n-${i}`,
        line: 'a'.repeat(2000),
      })),
      edges: [{ ...valid.edges[0], label: 'a'.repeat(80) }],
    }
    expect(callScriptSchema.safeParse(atLimits).success).toBe(true)
  })
})

describe('practiceCountsSchema', () => {
  it('accepts counts per reply id and rejects negatives', () => {
    expect(practiceCountsSchema.safeParse({ 'e-1': 2 }).success).toBe(true)
    expect(practiceCountsSchema.safeParse({ 'e-1': -1 }).success).toBe(false)
    expect(practiceCountsSchema.safeParse({ 'e-1': 1.5 }).success).toBe(false)
  })
})
