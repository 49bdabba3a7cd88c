import { describe, expect, it } from 'vitest'
import { defaultCallScript } from '../../../core/script/default-script'
import { removeNode, updateNode, updateReply } from '../../../core/script/edit'
import type { CallScript } from '../../../core/script/schema'
import { editorProblems, fieldId } from './editor-problems'

const at = (script: CallScript) => editorProblems(script).map((p) => [fieldId(p.at), p.blocksSave])

describe('editorProblems', () => {
  it.each<[string, CallScript, [string, boolean][]]>([
    ['none', defaultCallScript, []],
    [
      'an empty line',
      updateNode(defaultCallScript, 'opening', { line: ' ' }),
      [['node-opening-line', false]],
    ],
    [
      'an unknown field in a DON’T',
      updateNode(defaultCallScript, 'opening', { donts: ['{{boss}}'] }),
      [['node-opening-donts', false]],
    ],
    [
      'an unknown field in an employer line',
      updateReply(defaultCallScript, 'opening-offer', { employerLine: 'Hi {{x}}' }),
      [['edge-opening-offer-employerLine', false]],
    ],
    [
      'a reply to a removed step',
      removeNode(defaultCallScript, 'voicemail'),
      [
        ['edge-dial-voicemail-to', false],
        ['edge-gatekeeper-voicemail-to', false],
      ],
    ],
    [
      'a missing title, which blocks saving',
      updateNode(defaultCallScript, 'ask-concerns', { title: '' }),
      [['node-ask-concerns-title', true]],
    ],
    ['a missing start', { ...defaultCallScript, startNodeId: 'gone' }, [['script-start', false]]],
    ['an empty name', { ...defaultCallScript, name: '' }, [['script-name', true]]],
  ])('%s', (_name, script, expected) => {
    expect(at(script)).toEqual(expected)
  })
})
