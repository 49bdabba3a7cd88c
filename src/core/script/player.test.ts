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

describe('player paths through the default script', () => {
  it.each<[string, string[], string[]]>([
    [
      'not decided, industry concern answered',
      ['Not decided yet', 'Concern: no industry experience', 'That answers it', 'Gives a date'],
      ['opening', 'ask-concerns', 'answer-industry', 'ask-timeline', 'close-thanks'],
    ],
    [
      'not decided, skills gap, still hesitant',
      ['Not decided yet', 'Concern: a skills gap', 'Still hesitant', 'Yes, send it', 'No date yet'],
      ['opening', 'ask-concerns', 'answer-skills', 'offer-more', 'ask-timeline', 'close-thanks'],
    ],
    [
      'not decided, salary concern',
      ['Not decided yet', 'Concern: salary expectations', 'Budget is fixed', 'Gives a date'],
      ['opening', 'ask-concerns', 'answer-salary', 'ask-timeline', 'close-thanks'],
    ],
    [
      'not decided, no concerns',
      ['Not decided yet', 'No concerns', 'Gives a date'],
      ['opening', 'ask-concerns', 'ask-timeline', 'close-thanks'],
    ],
    ['went another direction', ['Went another direction'], ['opening', 'different-direction']],
    [
      'offer or next round',
      ['Offer / next round', 'Explains next steps'],
      ['opening', 'offer-next-steps', 'close-next-steps'],
    ],
    ['voicemail', ['Voicemail / not available'], ['opening', 'voicemail']],
  ])('%s', (_name, labels, expected) => {
    const state = walk(labels)
    expect(nodeIds(state)).toEqual(expected)
    const view = current(script, state)
    expect(view.isEnd).toBe(true)
    expect(view.replies).toEqual([])
    expect(['close', 'voicemail']).toContain(view.node.kind)
  })

  it('records the reply that led to each step', () => {
    expect(walk(['Not decided yet', 'No concerns']).path).toEqual([
      { nodeId: 'opening' },
      { nodeId: 'ask-concerns', viaEdgeId: 'opening-not-decided' },
      { nodeId: 'ask-timeline', viaEdgeId: 'concerns-none' },
    ])
  })

  it('shows the opening with its replies and a breadcrumb', () => {
    const view = current(script, start(script))
    expect(view.node.id).toBe('opening')
    expect(view.isEnd).toBe(false)
    expect(view.replies.map((r) => r.label)).toEqual([
      'Not decided yet',
      'Went another direction',
      'Offer / next round',
      'Voicemail / not available',
    ])
    expect(current(script, walk(['Not decided yet'])).breadcrumb).toEqual([
      { nodeId: 'opening', title: 'Opening' },
      { nodeId: 'ask-concerns', title: 'Ask about concerns' },
    ])
  })
})

describe('player moves', () => {
  const opened = start(script)
  const deeper = walk(['Not decided yet', 'No concerns'])
  const ended = walk(['Went another direction'])

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
    expect(nodeIds(back(deeper))).toEqual(['opening', 'ask-concerns'])
    expect(nodeIds(back(back(deeper)))).toEqual(['opening'])
  })

  it('restarts at the opening', () => {
    expect(restart(deeper)).toEqual({ scriptId: 'default-call', path: [{ nodeId: 'opening' }] })
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
    expect(start(script)).toEqual({ scriptId: 'default-call', path: [{ nodeId: 'opening' }] })
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
    [0.3, 1],
    [0.6, 2],
    [0.99, 3],
    [1, 3],
  ])('with no counts, random %d picks reply %d', (random, expected) => {
    expect(surpriseChoice(script, opened, () => random)).toBe(expected)
  })

  it('prefers replies never practised', () => {
    const counts = { 'opening-not-decided': 3, 'opening-other-direction': 1, 'opening-offer': 2 }
    expect(surpriseChoice(script, opened, () => 0, counts)).toBe(3)
    expect(surpriseChoice(script, opened, () => 0.99, counts)).toBe(3)
  })

  it('picks among the never-practised ones at random', () => {
    const counts = { 'opening-not-decided': 1, 'opening-offer': 1 }
    expect(surpriseChoice(script, opened, () => 0, counts)).toBe(1)
    expect(surpriseChoice(script, opened, () => 0.9, counts)).toBe(3)
  })

  it('falls back to the least practised once all have been taken', () => {
    const counts = {
      'opening-not-decided': 4,
      'opening-other-direction': 2,
      'opening-offer': 5,
      'opening-voicemail': 3,
    }
    expect(surpriseChoice(script, opened, () => 0.7, counts)).toBe(1)
  })

  it('returns -1 when the call has ended', () => {
    expect(surpriseChoice(script, walk(['Voicemail / not available']), () => 0.5)).toBe(-1)
  })
})
