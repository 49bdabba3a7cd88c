import { describe, it, expect } from 'vitest'
import { coverage, recordRun } from './coverage'
import type { PracticeCounts } from './coverage'
import { defaultCallScript as script } from './default-script'
import { choose, start } from './player'
import type { PlayerState } from './player'

const run = (...labels: string[]): PlayerState =>
  labels.reduce((state, label) => {
    const index = script.edges
      .filter((e) => e.from === state.path[state.path.length - 1]?.nodeId)
      .findIndex((e) => e.label === label)
    expect(index, `no reply "${label}"`).toBeGreaterThanOrEqual(0)
    return choose(script, state, index)
  }, start(script))

describe('recordRun', () => {
  it('adds each reply taken without changing the old counts', () => {
    const before: PracticeCounts = { 'dial-voicemail': 2 }
    const after = recordRun(before, run('Their voicemail'))
    expect(after).toEqual({ 'dial-voicemail': 3 })
    expect(before).toEqual({ 'dial-voicemail': 2 })
  })

  it('counts every reply of a longer run', () => {
    expect(
      recordRun(
        {},
        run('The interviewer answers', 'Not decided yet', 'No concerns', 'Gives a date'),
      ),
    ).toEqual({
      'dial-interviewer': 1,
      'opening-not-decided': 1,
      'concerns-none': 1,
      'timeline-given': 1,
    })
  })

  it('adds nothing for a run that never left the opening', () => {
    expect(recordRun({}, start(script))).toEqual({})
  })
})

describe('coverage', () => {
  it('starts with nothing practised', () => {
    const result = coverage(script, {})
    expect(result.practisedEdges).toBe(0)
    expect(result.totalEdges).toBe(script.edges.length)
    expect(result.neverPractised[0]).toEqual({
      edgeId: 'dial-interviewer',
      fromTitle: 'Dial and listen',
      label: 'The interviewer answers',
    })
  })

  it('drops practised replies from the list and ignores stale ones', () => {
    const counts = recordRun(
      { 'deleted-edge': 5 },
      run('The interviewer answers', 'Went another direction'),
    )
    const result = coverage(script, counts)
    expect(result.practisedEdges).toBe(2)
    expect(result.neverPractised.map((e) => e.edgeId)).not.toContain('opening-other-direction')
    expect(result.neverPractised).toHaveLength(script.edges.length - 2)
  })

  it('treats a stored count of zero as never practised', () => {
    const result = coverage(script, { 'dial-voicemail': 0 })
    expect(result.practisedEdges).toBe(0)
    expect(result.neverPractised.map((e) => e.edgeId)).toContain('dial-voicemail')
  })

  it('reaches full coverage once every reply has been taken', () => {
    const counts = Object.fromEntries(script.edges.map((e) => [e.id, 1]))
    expect(coverage(script, counts)).toEqual({
      practisedEdges: script.edges.length,
      totalEdges: script.edges.length,
      neverPractised: [],
    })
  })
})
