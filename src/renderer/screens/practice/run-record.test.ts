import { describe, expect, it } from 'vitest'
import { unrecorded } from './run-record'

describe('unrecorded', () => {
  it.each<[string, string[], string[], string[]]>([
    ['a first run', [], ['a', 'b'], ['a', 'b']],
    ['the same end again', ['a', 'b'], ['a', 'b'], []],
    ['a different last reply', ['a', 'b'], ['a', 'c'], ['c']],
    ['a longer way round', ['a', 'b'], ['a', 'd', 'e'], ['d', 'e']],
    ['a loop that repeats a reply', ['a'], ['a', 'x', 'a'], ['x', 'a']],
  ])('%s', (_name, recorded, taken, fresh) => {
    expect(unrecorded(recorded, taken)).toEqual(fresh)
  })
})
