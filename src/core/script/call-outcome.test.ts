import { describe, expect, it } from 'vitest'
import { callLogPreset, type CallLogPreset } from './call-outcome'
import { defaultCallScript } from './default-script'
import legacy from './fixtures/edited-before-dial.json' with { type: 'json' }
import { choose, current, start, type PlayerState } from './player'
import { callScriptSchema, type CallScript } from './schema'

function walk(script: CallScript, labels: string[]): PlayerState {
  return labels.reduce((state, label) => {
    const index = current(script, state).replies.findIndex((r) => r.label === label)
    expect(index, `no reply “${label}”`).not.toBe(-1)
    return choose(script, state, index)
  }, start(script))
}

const NO_ANSWER: CallLogPreset = { answered: false, outcome: null, gaveDate: false }
const NO_DECISION: CallLogPreset = { answered: true, outcome: null, gaveDate: false }
const WITH_DATE: CallLogPreset = { answered: true, outcome: null, gaveDate: true }
const decided = (outcome: CallLogPreset['outcome']): CallLogPreset => ({
  answered: true,
  outcome,
  gaveDate: false,
})

const ANSWERS = 'The interviewer answers'
const rows: [string, string[], CallLogPreset][] = [
  ['their voicemail', ['Their voicemail'], NO_ANSWER],
  [
    'another direction',
    [ANSWERS, 'Went another direction', 'They need to go'],
    decided('rejected'),
  ],
  [
    'another direction, after asking for feedback',
    [ANSWERS, 'Went another direction', 'They thank you', 'Prefers not to say'],
    decided('rejected'),
  ],
  ['an offer', [ANSWERS, 'They make an offer', 'Explains next steps'], decided('offer')],
  ['a next round', [ANSWERS, 'A next round', 'Offers a time'], decided('next-round')],
  ['not decided, no date', [ANSWERS, 'Not decided yet', 'No concerns', 'No date yet'], NO_DECISION],
  [
    'not decided, a date given',
    [ANSWERS, 'Not decided yet', 'Concern: a skills gap', 'That answers it', 'Gives a date'],
    WITH_DATE,
  ],
  [
    'someone else takes a message',
    ['Someone else answers', 'Not available', 'Takes a message'],
    NO_ANSWER,
  ],
  [
    'someone else says when to call back',
    ['Someone else answers', 'Not available', 'Suggests a time'],
    NO_ANSWER,
  ],
  ['someone else offers voicemail', ['Someone else answers', 'Offers their voicemail'], NO_ANSWER],
  [
    'someone else puts you through and they give a date',
    [
      'Someone else answers',
      'They put you through',
      'Not decided yet',
      'No concerns',
      'Gives a date',
    ],
    WITH_DATE,
  ],
]

/** The same script with every step and reply id changed: only its data may decide the preset. */
function renamed(script: CallScript): CallScript {
  const node = (id: string) => `step-${script.nodes.findIndex((n) => n.id === id)}`
  return {
    ...script,
    startNodeId: node(script.startNodeId),
    nodes: script.nodes.map((n) => ({ ...n, id: node(n.id) })),
    edges: script.edges.map((e, i) => ({
      ...e,
      id: `reply-${i}`,
      from: node(e.from),
      to: node(e.to),
    })),
  }
}

describe('callLogPreset: the end of the call presets the log from the branch reached', () => {
  it.each(rows)('%s', (_name, labels, preset) => {
    expect(callLogPreset(defaultCallScript, walk(defaultCallScript, labels))).toEqual(preset)
  })

  it.each(rows)('%s, with every id renamed', (_name, labels, preset) => {
    const script = renamed(defaultCallScript)
    expect(callLogPreset(script, walk(script, labels))).toEqual(preset)
  })

  it('a script whose replies say nothing falls back on the end step’s kind', () => {
    const old = callScriptSchema.parse(legacy)
    expect(callLogPreset(old, walk(old, ['Voicemail / not available']))).toEqual(NO_ANSWER)
    expect(callLogPreset(old, walk(old, ['Went another direction']))).toEqual(NO_DECISION)
  })
})
