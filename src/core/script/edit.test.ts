import { describe, expect, it } from 'vitest'
import { defaultCallScript as script } from './default-script'
import {
  addConcern,
  addNode,
  addReply,
  afterConcerns,
  concernsQuestion,
  moveReply,
  removeNode,
  removeReply,
  slugify,
  uniqueId,
  updateNode,
  updateReply,
} from './edit'
import { callScriptSchema, SCRIPT_ID_PATTERN } from './schema'
import { validateScript } from './validate'

const codes = (s: typeof script) => validateScript(s).map((p) => [p.code, p.edgeId ?? p.nodeId])

describe('ids', () => {
  it.each([
    ['Concern: Salary!', 'concern-salary'],
    ['  Résumé gap  ', 'resume-gap'],
    ['???', 'item'],
    ['x'.repeat(80), 'x'.repeat(36)],
  ])('slugify(%j)', (text, slug) => {
    expect(slugify(text)).toBe(slug)
    expect(slug).toMatch(SCRIPT_ID_PATTERN)
  })

  it.each<[string, string[], string]>([
    ['opening', [], 'opening'],
    ['opening', ['opening'], 'opening-2'],
    ['opening', ['opening', 'opening-2'], 'opening-3'],
    ['y'.repeat(80), ['y'.repeat(36)], `${'y'.repeat(36)}-2`],
  ])('uniqueId(%j) avoids %j', (base, taken, id) => {
    expect(uniqueId(base, taken)).toBe(id)
    expect(id).toMatch(SCRIPT_ID_PATTERN)
  })
})

describe('edits', () => {
  it('adds a blank step the validator then asks about', () => {
    const before = script.nodes.length
    const { script: next, nodeId } = addNode(script)
    expect(nodeId).toBe('new-step')
    expect(next.nodes.at(-1)).toEqual({
      id: 'new-step',
      kind: 'question',
      title: 'New step',
      line: '',
      donts: [],
    })
    expect(codes(next)).toEqual([
      ['unreachable', 'new-step'],
      ['dead-end', 'new-step'],
      ['empty-line', 'new-step'],
    ])
    expect(script.nodes).toHaveLength(before)
  })

  it('removing a step drops its own replies and leaves the ones into it for the user to fix', () => {
    const next = removeNode(script, 'offer-more')
    expect(next.edges.some((e) => e.from === 'offer-more')).toBe(false)
    expect(codes(next)).toEqual([
      ['dangling-edge', 'industry-hesitant'],
      ['dangling-edge', 'skills-hesitant'],
    ])
  })

  it('adds a reply towards where its siblings go, and can edit, move and remove it', () => {
    const added = addReply(script, 'ask-timeline', { label: 'Asks me to call back' })
    expect(added.edgeId).toBe('ask-timeline-asks-me-to-call-back')
    expect(added.script.edges.at(-1)).toMatchObject({ from: 'ask-timeline', to: 'close-date' })
    const edited = updateReply(added.script, added.edgeId, { employerLine: 'Try me next week.' })
    expect(edited.edges.at(-1)?.employerLine).toBe('Try me next week.')
    const moved = moveReply(edited, added.edgeId, -1)
    expect(moved.edges.filter((e) => e.from === 'ask-timeline').map((e) => e.id)).toEqual([
      'timeline-given',
      'ask-timeline-asks-me-to-call-back',
      'timeline-unsure',
    ])
    expect(moveReply(script, 'opening-not-decided', -1)).toBe(script)
    const removed = removeReply(moved, added.edgeId)
    expect(removed.edges.map((e) => e.id).sort()).toEqual(script.edges.map((e) => e.id).sort())
  })

  it('a reply from a step with none goes to a close by default', () => {
    const { script: withStep, nodeId } = addNode(script)
    expect(addReply(withStep, nodeId).script.edges.at(-1)?.to).toBe('close-date')
  })

  it('edits a line', () => {
    const next = updateNode(script, 'opening', { line: 'Hello {{foo}}' })
    expect(next.nodes.find((n) => n.id === 'opening')?.line).toBe('Hello {{foo}}')
    expect(codes(next)).toEqual([['unknown-merge-field', 'opening']])
  })

  it('adds a concern with its prepared answer, and the script stays playable', () => {
    const from = concernsQuestion(script)
    expect(from).toBe('ask-concerns')
    const then = afterConcerns(script, from!)
    expect(then).toBe('ask-timeline')
    const {
      script: next,
      nodeId,
      edgeId,
    } = addConcern(script, {
      from: from!,
      concern: 'Long commute',
      answer: 'I have done this commute before and it has never made me late.',
      then: then!,
    })
    expect(nodeId).toBe('answer-long-commute')
    expect(next.nodes.at(-1)).toMatchObject({
      kind: 'answer',
      title: 'Answer: Long commute',
      concern: 'Long commute',
    })
    expect(next.edges.find((e) => e.id === edgeId)).toMatchObject({
      from: 'ask-concerns',
      to: 'answer-long-commute',
      label: 'Concern: Long commute',
    })
    expect(next.edges.at(-1)).toMatchObject({ from: nodeId, to: 'ask-timeline' })
    expect(validateScript(next)).toEqual([])
    expect(callScriptSchema.safeParse(next).success).toBe(true)
  })
})
