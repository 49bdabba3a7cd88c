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
    ['#/interviews/abc/next-round', { name: 'next-round', id: 'abc' }],
    ['#/settings', { name: 'settings' }],
    ['#/insights', { name: 'insights' }],
    ['#/practice', { name: 'practice' }],
    ['#/practice/default-call', { name: 'practice-play', scriptId: 'default-call' }],
    [
      '#/practice/default-call/for/abc-123',
      { name: 'practice-play', scriptId: 'default-call', interviewId: 'abc-123' },
    ],
    ['#/practice/default-call/tree', { name: 'practice-tree', scriptId: 'default-call' }],
    ['#/practice/default-call/takes', { name: 'practice-takes', scriptId: 'default-call' }],
    ['#/practice/default-call/edit', { name: 'practice-edit', scriptId: 'default-call' }],
    [
      '#/practice/default-call/edit/opening',
      { name: 'practice-edit', scriptId: 'default-call', nodeId: 'opening' },
    ],
    [
      '#/practice/x/edit/opening/more',
      { name: 'not-found', path: '/practice/x/edit/opening/more' },
    ],
    [
      '#/interviews/abc/messages/status-check%3A2',
      { name: 'compose', id: 'abc', slot: 'status-check:2' },
    ],
    [
      '#/interviews/abc/messages/thank-you/interviewer-1',
      { name: 'compose', id: 'abc', slot: 'thank-you', person: 'interviewer-1' },
    ],
    ['#/messages', { name: 'messages' }],
    ['#/messages/templates/voicemail', { name: 'message-template', templateId: 'voicemail' }],
    ['#/interviews/abc/messages', { name: 'not-found', path: '/interviews/abc/messages' }],
    ['#/messages/templates', { name: 'not-found', path: '/messages/templates' }],
    ['#/nope', { name: 'not-found', path: '/nope' }],
    ['#/interviews/abc/edit/more', { name: 'not-found', path: '/interviews/abc/edit/more' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route)
    if (route.name !== 'not-found' && hash) expect(parseRoute(href(route))).toEqual(route)
  })
})
