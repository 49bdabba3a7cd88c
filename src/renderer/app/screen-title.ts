import type { Route } from '../routing/router'

const APP = 'Follow-Through'

/** What each screen is called in the window or tab title; exhaustive, so a new route needs one. */
function screenName(route: Route): string {
  switch (route.name) {
    case 'today':
      return 'Today'
    case 'interviews':
      return 'Interviews'
    case 'new-interview':
      return 'Add an interview'
    case 'interview':
      return 'Interview'
    case 'edit-interview':
      return 'Edit interview'
    case 'next-round':
      return 'Add the next round'
    case 'settings':
      return 'Settings'
    case 'practice':
      return 'Call practice'
    case 'practice-play':
      return 'Practise the call'
    case 'practice-edit':
      return 'Edit script'
    case 'practice-tree':
      return 'Whole script'
    case 'practice-takes':
      return 'Your takes'
    case 'insights':
      return 'Insights'
    case 'compose':
      return 'Write a message'
    case 'messages':
      return 'Messages'
    case 'message-template':
      return 'Edit a template'
    case 'not-found':
      return 'Page not found'
  }
}

/** "Interview · Acme Tools · Follow-Through": the screen, what it shows when it has a name, the app. */
export function screenTitle(route: Route, name?: string): string {
  return [screenName(route), name, APP].filter(Boolean).join(' · ')
}

/** The interview or script a route is about, so its name can join the title. */
export function titleSubject(
  route: Route,
): { kind: 'interview'; id: string } | { kind: 'script'; id: string } | null {
  switch (route.name) {
    case 'interview':
    case 'edit-interview':
    case 'next-round':
    case 'compose':
      return { kind: 'interview', id: route.id }
    case 'practice-play':
    case 'practice-edit':
    case 'practice-tree':
    case 'practice-takes':
      return { kind: 'script', id: route.scriptId }
    default:
      return null
  }
}
