import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { interviewSchema } from '../../core/interview/schema'
import { defaultCallScript } from '../../core/script/default-script'
import { defaultSettings } from '../../core/settings/schema'
import { fakeClient } from '../testing/fake-client'
import { renderWith } from '../testing/render-app'
import { App } from './App'
import { parseRoute, type Route } from '../routing/router'
import { screenTitle } from './screen-title'
import { todayView } from '../testing/today-view'

describe('screenTitle', () => {
  it.each<[string, string | undefined, string]>([
    ['#/', undefined, 'Today · Follow-Through'],
    ['#/interviews', undefined, 'Interviews · Follow-Through'],
    ['#/interviews/new', undefined, 'Add an interview · Follow-Through'],
    ['#/interviews/a', 'Acme Tools', 'Interview · Acme Tools · Follow-Through'],
    ['#/interviews/a', undefined, 'Interview · Follow-Through'],
    ['#/interviews/a/edit', 'Acme Tools', 'Edit interview · Acme Tools · Follow-Through'],
    ['#/interviews/a/next-round', 'Acme', 'Add the next round · Acme · Follow-Through'],
    ['#/settings', undefined, 'Settings · Follow-Through'],
    ['#/insights', undefined, 'Insights · Follow-Through'],
    ['#/practice', undefined, 'Call practice · Follow-Through'],
    ['#/practice/s', 'Follow-up call', 'Practise the call · Follow-up call · Follow-Through'],
    ['#/practice/s/edit', 'Follow-up call', 'Edit script · Follow-up call · Follow-Through'],
    ['#/practice/s/tree', 'Follow-up call', 'Whole script · Follow-up call · Follow-Through'],
    ['#/practice/s/takes', 'Follow-up call', 'Your takes · Follow-up call · Follow-Through'],
    ['#/nope', undefined, 'Page not found · Follow-Through'],
  ])('%s (%s) → %s', (hash, name, title) => {
    expect(screenTitle(parseRoute(hash) as Route, name)).toBe(title)
  })
})

describe('the window title follows the screen', () => {
  afterEach(() => {
    window.location.hash = ''
  })

  const client = () =>
    fakeClient({
      getSettings: async () => defaultSettings,
      listNotices: async () => [],
      listInterviews: async () => [],
      getToday: async () => todayView('2026-03-10', {}, true),
      getInterview: async () =>
        interviewSchema.parse({
          id: 'a',
          company: 'Acme Tools',
          role: 'Designer',
          interviewDate: '2026-03-02',
          createdAt: '2026-03-02T10:00:00.000Z',
          updatedAt: '2026-03-02T10:00:00.000Z',
        }),
      getFollowUps: () => new Promise(() => undefined),
      getScript: async () => ({ script: defaultCallScript, problems: [], edited: false }),
      listScripts: () => new Promise(() => undefined),
      listTakes: () => new Promise(() => undefined),
      getPracticeCounts: () => new Promise(() => undefined),
    }).client

  it('names the interview once it has loaded, and changes with the route', async () => {
    window.location.hash = '#/interviews/a'
    renderWith(client(), <App />)
    await waitFor(() => expect(document.title).toBe('Interview · Acme Tools · Follow-Through'))
    window.location.hash = '#/'
    await screen.findByRole('heading', { name: 'Waiting to hear back?' })
    expect(document.title).toBe('Today · Follow-Through')
  })

  it('names the script on its practice screens', async () => {
    window.location.hash = `#/practice/${defaultCallScript.id}/takes`
    renderWith(client(), <App />)
    await waitFor(() =>
      expect(document.title).toBe(`Your takes · ${defaultCallScript.name} · Follow-Through`),
    )
  })
})
