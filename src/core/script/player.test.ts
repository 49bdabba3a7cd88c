import { describe, it, expect } from 'vitest'
import { defaultCallScript as script } from './default-script'
import { back, choose, current, restart, start, surpriseChoice } from './player'
import type { PlayerState } from './player'
import type { CallScript } from './schema'

function walk(labels: string[]): PlayerState {
  return labels.reduce((state, label) => {
    const index = current(script, state).replies.findIndex((r) => r.label === label)
    expect(index, `no reply "${label}" at ${current(script, state).node.id}`).not.toBe(-1)
    return choose(script, state, index)
  }, start(script))
}

const nodeIds = (state: PlayerState) => state.path.map((step) => step.nodeId)

const ANSWERS = 'The interviewer answers'

describe('player paths through the default script', () => {
  it.each<[string, string[], string[]]>([
    [
      'not decided, industry concern answered, a date',
      [
        ANSWERS,
        'Not decided yet',
        'Concern: no industry experience',
        'That answers it',
        'Gives a date',
      ],
      ['dial', 'opening', 'ask-concerns', 'answer-industry', 'ask-timeline', 'close-date'],
    ],
    [
      'not decided, skills gap, still hesitant, no date',
      [
        ANSWERS,
        'Not decided yet',
        'Concern: a skills gap',
        'Still hesitant',
        'Yes, send it',
        'No date yet',
      ],
      [
        'dial',
        'opening',
        'ask-concerns',
        'answer-skills',
        'offer-more',
        'ask-timeline',
        'close-thanks',
      ],
    ],
    [
      'not decided, salary concern',
      [
        ANSWERS,
        'Not decided yet',
        'Concern: salary expectations',
        'Budget is fixed',
        'Gives a date',
      ],
      ['dial', 'opening', 'ask-concerns', 'answer-salary', 'ask-timeline', 'close-date'],
    ],
    [
      'not decided, no concerns',
      [ANSWERS, 'Not decided yet', 'No concerns', 'No date yet'],
      ['dial', 'opening', 'ask-concerns', 'ask-timeline', 'close-thanks'],
    ],
    [
      'went another direction, feedback asked for',
      [ANSWERS, 'Went another direction', 'They thank you', 'Shares feedback'],
      ['dial', 'opening', 'different-direction', 'ask-feedback', 'close-gracious'],
    ],
    [
      'went another direction, they have to go',
      [ANSWERS, 'Went another direction', 'They need to go'],
      ['dial', 'opening', 'different-direction', 'close-gracious'],
    ],
    [
      'an offer',
      [ANSWERS, 'They make an offer', 'Explains next steps'],
      ['dial', 'opening', 'offer-thanks', 'close-offer'],
    ],
    [
      'a next round',
      [ANSWERS, 'A next round', 'Offers a time'],
      ['dial', 'opening', 'next-round-thanks', 'close-next-round'],
    ],
    ['their voicemail', ['Their voicemail'], ['dial', 'voicemail']],
    [
      'someone else puts you through',
      [
        'Someone else answers',
        'They put you through',
        'Not decided yet',
        'No concerns',
        'No date yet',
      ],
      ['dial', 'gatekeeper', 'opening', 'ask-concerns', 'ask-timeline', 'close-thanks'],
    ],
    [
      'someone else says when to call back',
      ['Someone else answers', 'Not available', 'Suggests a time'],
      ['dial', 'gatekeeper', 'ask-callback', 'close-callback'],
    ],
    [
      'someone else takes a message',
      ['Someone else answers', 'Not available', 'Takes a message'],
      ['dial', 'gatekeeper', 'ask-callback', 'message-with-them'],
    ],
    [
      'someone else offers their voicemail',
      ['Someone else answers', 'Offers their voicemail'],
      ['dial', 'gatekeeper', 'voicemail'],
    ],
  ])('%s', (_name, labels, expected) => {
    const state = walk(labels)
    expect(nodeIds(state)).toEqual(expected)
    const view = current(script, state)
    expect(view.isEnd).toBe(true)
    expect(view.replies).toEqual([])
    expect(['close', 'voicemail']).toContain(view.node.kind)
  })

  it('records the reply that led to each step', () => {
    expect(walk([ANSWERS, 'Not decided yet', 'No concerns']).path).toEqual([
      { nodeId: 'dial' },
      { nodeId: 'opening', viaEdgeId: 'dial-interviewer' },
      { nodeId: 'ask-concerns', viaEdgeId: 'opening-not-decided' },
      { nodeId: 'ask-timeline', viaEdgeId: 'concerns-none' },
    ])
  })

  it('starts with who picks up, before a word is said', () => {
    const view = current(script, start(script))
    expect(view.node).toMatchObject({ id: 'dial', kind: 'dial' })
    expect(view.isEnd).toBe(false)
    expect(view.replies.map((r) => r.label)).toEqual([
      'The interviewer answers',
      'Their voicemail',
      'Someone else answers',
    ])
    expect(current(script, walk([ANSWERS])).replies.map((r) => r.label)).toEqual([
      'Not decided yet',
      'Went another direction',
      'They make an offer',
      'A next round',
    ])
    expect(current(script, walk([ANSWERS])).breadcrumb).toEqual([
      { nodeId: 'dial', title: 'Dial and listen' },
      { nodeId: 'opening', title: 'Opening' },
    ])
  })
})

describe('player moves', () => {
  const opened = start(script)
  const deeper = walk([ANSWERS, 'Not decided yet', 'No concerns'])
  const ended = walk(['Their voicemail'])

  // toBe, not toEqual: "nothing happened" should hand back the very same state.
  it.each<[string, () => PlayerState, PlayerState]>([
    ['choose past the last reply', () => choose(script, opened, 4), opened],
    ['choose a negative index', () => choose(script, opened, -1), opened],
    ['choose a fractional index', () => choose(script, opened, 0.5), opened],
    ['choose at the end of the call', () => choose(script, ended, 0), ended],
    ['back at the start', () => back(opened), opened],
    ['restart at the start', () => restart(opened), opened],
  ])('%s leaves the state as it was', (_name, move, expected) => {
    expect(move()).toBe(expected)
  })

  it('goes back one step', () => {
    expect(nodeIds(back(deeper))).toEqual(['dial', 'opening', 'ask-concerns'])
    expect(nodeIds(back(back(deeper)))).toEqual(['dial', 'opening'])
  })

  it('restarts at the start', () => {
    expect(restart(deeper)).toEqual({ scriptId: 'default-call', path: [{ nodeId: 'dial' }] })
  })

  it('never changes the state it was given', () => {
    const snapshot = structuredClone(deeper)
    choose(script, deeper, 0)
    back(deeper)
    restart(deeper)
    expect(deeper).toEqual(snapshot)
  })
})

describe('start', () => {
  it('begins at the start step', () => {
    expect(start(script)).toEqual({ scriptId: 'default-call', path: [{ nodeId: 'dial' }] })
  })

  it('refuses a broken script with the first problem in plain words', () => {
    const broken: CallScript = { ...script, startNodeId: 'nowhere' }
    expect(() => start(broken)).toThrow(
      'The call starts at “nowhere”, but there is no step with that id.',
    )
  })

  it('refuses a state from another script', () => {
    expect(() => current({ ...script, id: 'other' }, start(script))).toThrow(/another script/)
  })
})

describe('surpriseChoice', () => {
  const opened = start(script)

  it.each<[number, number]>([
    [0, 0],
    [0.3, 0],
    [0.6, 1],
    [0.99, 2],
    [1, 2],
  ])('with no counts, random %d picks reply %d', (random, expected) => {
    expect(surpriseChoice(script, opened, () => random)).toBe(expected)
  })

  it('prefers replies never practised', () => {
    const counts = { 'dial-interviewer': 3, 'dial-voicemail': 1 }
    expect(surpriseChoice(script, opened, () => 0, counts)).toBe(2)
    expect(surpriseChoice(script, opened, () => 0.99, counts)).toBe(2)
  })

  it('picks among the never-practised ones at random', () => {
    const counts = { 'dial-interviewer': 1 }
    expect(surpriseChoice(script, opened, () => 0, counts)).toBe(1)
    expect(surpriseChoice(script, opened, () => 0.9, counts)).toBe(2)
  })

  it('falls back to the least practised once all have been taken', () => {
    const counts = { 'dial-interviewer': 4, 'dial-voicemail': 2, 'dial-someone-else': 5 }
    expect(surpriseChoice(script, opened, () => 0.7, counts)).toBe(1)
  })

  it('returns -1 when the call has ended', () => {
    expect(surpriseChoice(script, walk(['Their voicemail']), () => 0.5)).toBe(-1)
  })
})
