import { describe, expect, it } from 'vitest'
import { searchText } from './interview-summary'

describe('searchText', () => {
  it.each([
    ['Acme Corp', 'acme corp'],
    ['Société Générale', 'societe generale'],
    ['ÅNGSTRÖM', 'angstrom'],
    ['İstanbul Ltd', 'istanbul ltd'],
    ['ISTANBUL', 'istanbul'],
    ['Zoë\nDesigner', 'zoe\ndesigner'],
    ['', ''],
  ])('%j folds to %j', (text, folded) => {
    expect(searchText(text)).toBe(folded)
  })
})
