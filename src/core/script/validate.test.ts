import { describe, it, expect } from 'vitest'
import type { CallScript, NodeKind, ScriptEdge, ScriptNode } from './schema'
import { isPlayable, validateScript } from './validate'

const node = (id: string, kind: NodeKind, extra: Partial<ScriptNode> = {}): ScriptNode => ({
  id,
  kind,
  title: id.replace(/-/g, ' '),
  line: `Line for ${id}.`,
  donts: [],
  ...extra,
})

const edge = (id: string, from: string, to: string, label = `Reply ${id}`): ScriptEdge => ({
  id,
  from,
  to,
  label,
})

const script = (nodes: ScriptNode[], edges: ScriptEdge[], startNodeId = 'opening'): CallScript => ({
  schemaVersion: 1,
  id: 'test',
  name: 'Test',
  builtIn: false,
  startNodeId,
  nodes,
  edges,
})

const opening = node('opening', 'opening')
const ask = node('ask', 'question')
const close = node('close', 'close')
const baseEdges = [edge('e1', 'opening', 'ask'), edge('e2', 'ask', 'close')]

const found = (s: CallScript) => validateScript(s).map((p) => [p.code, p.nodeId ?? p.edgeId])

describe('validateScript', () => {
  it.each<[string, CallScript, (string | undefined)[][]]>([
    ['a clean script', script([opening, ask, close], baseEdges), []],
    [
      'a loop with a way out',
      script(
        [opening, ask, close],
        [...baseEdges, edge('again', 'ask', 'opening'), edge('self', 'ask', 'ask')],
      ),
      [],
    ],
    [
      'a voicemail end',
      script([opening, node('vm', 'voicemail')], [edge('e1', 'opening', 'vm')]),
      [],
    ],
    [
      'a step nobody can reach',
      script([opening, ask, close, node('island', 'close')], baseEdges),
      [['unreachable', 'island']],
    ],
    [
      'a question with no replies',
      script([opening, ask, close], [edge('e1', 'opening', 'ask'), edge('e3', 'opening', 'close')]),
      [['dead-end', 'ask']],
    ],
    [
      'a two-step loop with no exit',
      script(
        [opening, ask, node('other', 'question'), close],
        [
          edge('e1', 'opening', 'ask'),
          edge('e2', 'ask', 'other'),
          edge('e3', 'other', 'ask'),
          edge('e4', 'opening', 'close'),
        ],
      ),
      [['trapped-loop', 'ask']],
    ],
    [
      'a step that only leads back to itself',
      script(
        [opening, ask, close],
        [edge('e1', 'opening', 'ask'), edge('e2', 'ask', 'ask'), edge('e3', 'opening', 'close')],
      ),
      [['trapped-loop', 'ask']],
    ],
    [
      'an unknown merge field in a line',
      script([opening, node('ask', 'question', { line: 'Hi {{firstName}}' }), close], baseEdges),
      [['unknown-merge-field', 'ask']],
    ],
    [
      'an unknown merge field in an employer line',
      script(
        [opening, ask, close],
        [
          { ...edge('e1', 'opening', 'ask'), employerLine: 'This is {{boss}}.' },
          edge('e2', 'ask', 'close'),
        ],
      ),
      [['unknown-merge-field', 'opening']],
    ],
    [
      'a blank line',
      script([opening, node('ask', 'question', { line: '  \n ' }), close], baseEdges),
      [['empty-line', 'ask']],
    ],
    [
      'a dial step with nothing to say: it is what happens before anyone speaks',
      script(
        [node('dial', 'dial', { line: '' }), opening, ask, close],
        [edge('e0', 'dial', 'opening'), ...baseEdges],
        'dial',
      ),
      [],
    ],
    [
      'a start that does not exist',
      script([opening, ask, close], baseEdges, 'nowhere'),
      [['missing-start', undefined]],
    ],
    [
      'a start that does not exist: reachability is judged from the dial step',
      script(
        [opening, node('dial', 'dial'), ask, close],
        [edge('e0', 'dial', 'opening'), ...baseEdges],
        'nowhere',
      ),
      [['missing-start', undefined]],
    ],
    [
      'a reply to a missing step',
      script([opening, ask, close], [...baseEdges, edge('e3', 'ask', 'ghost')]),
      [['dangling-edge', 'ask']],
    ],
    [
      'two steps with one id',
      script([opening, ask, { ...ask, title: 'Copy' }, close], baseEdges),
      [['duplicate-id', 'ask']],
    ],
    [
      'a blank reply label',
      script(
        [opening, ask, close],
        [edge('e1', 'opening', 'ask', ' '), edge('e2', 'ask', 'close')],
      ),
      [['empty-label', 'opening']],
    ],
  ])('%s', (_name, input, expected) => {
    expect(found(input)).toEqual(expected)
  })

  it('finds every defect in one broken script', () => {
    const broken = script(
      [
        opening,
        node('twin', 'question'),
        node('twin', 'question', { title: 'Second twin' }),
        node('blank', 'question', { line: '   ' }),
        node('typo', 'question', { line: 'Hi {{interviewerFirstNme}}, about {{role}}' }),
        node('dead', 'answer'),
        node('loop-a', 'question'),
        node('loop-b', 'question'),
        node('island', 'question'),
        close,
      ],
      [
        edge('to-twin', 'opening', 'twin'),
        edge('twin-close', 'twin', 'close'),
        edge('twin-close', 'twin', 'close'),
        edge('to-blank', 'opening', 'blank'),
        edge('blank-close', 'blank', 'close'),
        edge('to-typo', 'opening', 'typo'),
        edge('typo-close', 'typo', 'close'),
        edge('to-dead', 'opening', 'dead', '  '),
        edge('to-loop', 'opening', 'loop-a'),
        edge('loop-ab', 'loop-a', 'loop-b'),
        edge('loop-ba', 'loop-b', 'loop-a'),
        edge('to-ghost', 'opening', 'ghost'),
        edge('island-close', 'island', 'close'),
      ],
      'gone',
    )
    const problems = validateScript(broken)
    expect(problems.map((p) => [p.code, p.nodeId, p.edgeId])).toEqual([
      ['duplicate-id', 'twin', undefined],
      ['duplicate-id', undefined, 'twin-close'],
      ['missing-start', undefined, undefined],
      ['dangling-edge', 'opening', 'to-ghost'],
      ['unreachable', 'island', undefined],
      ['dead-end', 'dead', undefined],
      ['trapped-loop', 'loop-a', undefined],
      ['empty-line', 'blank', undefined],
      ['empty-label', 'opening', 'to-dead'],
      ['unknown-merge-field', 'typo', undefined],
    ])
    expect(isPlayable(problems)).toBe(false)
  })

  it('names the step by title and id in plain words', () => {
    const s = script(
      [opening, node('ask-concerns', 'question', { title: 'Ask about concerns' }), close],
      [edge('e1', 'opening', 'close'), edge('e2', 'ask-concerns', 'close')],
    )
    expect(validateScript(s).map((p) => p.message)).toEqual([
      '“Ask about concerns” (ask-concerns) can’t be reached from the opening.',
    ])
  })

  it('names every step of a trapped loop and the missing field', () => {
    const s = script(
      [
        opening,
        node('loop-a', 'question', { line: '{{ company name }}' }),
        node('loop-b', 'question'),
        close,
      ],
      [
        edge('e1', 'opening', 'loop-a'),
        edge('e2', 'loop-a', 'loop-b'),
        edge('e3', 'loop-b', 'loop-a'),
        edge('e4', 'opening', 'close'),
      ],
    )
    const messages = validateScript(s).map((p) => p.message)
    expect(messages[0]).toContain('“loop a” (loop-a) and “loop b” (loop-b)')
    expect(messages[1]).toContain('{{company name}}')
  })

  it('judges a script playable only when nothing is wrong', () => {
    expect(isPlayable(validateScript(script([opening, ask, close], baseEdges)))).toBe(true)
    expect(isPlayable([{ code: 'empty-line', nodeId: 'x', message: 'x' }])).toBe(false)
  })
})
