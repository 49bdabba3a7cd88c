import { describe, expect, it } from 'vitest'
import { href, parseRoute, type Route } from './router'

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'today' }],
    ['#/', { name: 'today' }],
    ['#/interviews', { name: 'interviews' }],
    ['#/interviews/new', { name: 'new-interview' }],
    ['#/interviews/abc', { name: 'interview', id: 'abc' }],
    ['#/interviews/abc/edit', { name: 'edit-interview', id: 'abc' }],
    ['#/settings', { name: 'settings' }],
    ['#/nope', { name: 'not-found', path: '/nope' }],
    ['#/interviews/abc/edit/more', { name: 'not-found', path: '/interviews/abc/edit/more' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route)
    if (route.name !== 'not-found' && hash) expect(parseRoute(href(route))).toEqual(route)
  })
})
