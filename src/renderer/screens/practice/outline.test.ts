import { describe, expect, it } from 'vitest'
import { defaultCallScript } from '../../../core/script/default-script'
import { addNode, removeNode } from '../../../core/script/edit'
import { outline, type OutlineItem } from './outline'

/** The outline as indented text, the way a reader sees it. */
function text(item: OutlineItem, depth = 0): string[] {
  const pad = '  '.repeat(depth)
  if (item.kind === 'missing') return [`${pad}? ${item.nodeId}`]
  if (item.kind === 'repeat') return [`${pad}↩ ${item.node.id}`]
  return [
    `${pad}${item.node.id}`,
    ...item.branches.flatMap((b) => [`${pad}  "${b.edge.label}"`, ...text(b.item, depth + 2)]),
  ]
}

describe('outline', () => {
  it('writes each step once and points back on later visits', () => {
    const { root, unreached } = outline(defaultCallScript)
    const lines = text(root!)
    expect(lines.slice(0, 9)).toEqual([
      'dial',
      '  "The interviewer answers"',
      '    opening',
      '      "Not decided yet"',
      '        ask-concerns',
      '          "Concern: no industry experience"',
      '            answer-industry',
      '              "That answers it"',
      '                ask-timeline',
    ])
    // Put through by whoever answered: back to the opening, not written out again.
    expect(lines.filter((l) => l.trim() === '↩ opening')).toHaveLength(1)
    expect(lines.filter((l) => l.trim() === 'ask-timeline')).toHaveLength(1)
    expect(lines.filter((l) => l.trim() === '↩ ask-timeline')).toHaveLength(6)
    expect(unreached).toEqual([])
  })

  it('lists unreached steps and replies to missing steps', () => {
    const island = addNode(defaultCallScript, { kind: 'close', title: 'Island' }).script
    const broken = removeNode(island, 'offer-more')
    const { root, unreached } = outline(broken)
    expect(text(root!).filter((l) => l.trim() === '? offer-more')).toHaveLength(2)
    expect(unreached.map((u) => (u.kind === 'step' ? u.node.id : u.kind))).toEqual(['island'])
  })

  it('has no root when the start step is gone', () => {
    expect(outline(removeNode(defaultCallScript, 'dial')).root).toBeNull()
  })
})
