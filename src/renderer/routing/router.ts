import { useSyncExternalStore } from 'react'

export type Route =
  | { name: 'today' }
  | { name: 'interviews' }
  | { name: 'new-interview' }
  | { name: 'interview'; id: string }
  | { name: 'edit-interview'; id: string }
  | { name: 'next-round'; id: string }
  | { name: 'settings' }
  | { name: 'practice' }
  | { name: 'practice-play'; scriptId: string; interviewId?: string }
  | { name: 'practice-edit'; scriptId: string; nodeId?: string }
  | { name: 'practice-tree'; scriptId: string }
  | { name: 'practice-takes'; scriptId: string }
  | { name: 'compose'; id: string; slot: string; person?: string }
  | { name: 'messages' }
  | { name: 'message-template'; templateId: string }
  | { name: 'insights' }
  | { name: 'not-found'; path: string }

/** Hash routes work the same from the custom protocol, the dev server and the web host. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/'
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
  const [first, second, third] = parts
  if (parts.length === 0) return { name: 'today' }
  if (first === 'interviews') {
    if (parts.length === 1) return { name: 'interviews' }
    if (second === 'new' && parts.length === 2) return { name: 'new-interview' }
    if (second && parts.length === 2) return { name: 'interview', id: second }
    if (second && third === 'edit' && parts.length === 3)
      return { name: 'edit-interview', id: second }
    if (second && third === 'next-round' && parts.length === 3)
      return { name: 'next-round', id: second }
    if (second && third === 'messages' && parts[3] && parts.length <= 5)
      return parts[4]
        ? { name: 'compose', id: second, slot: parts[3], person: parts[4] }
        : { name: 'compose', id: second, slot: parts[3] }
  }
  if (first === 'messages') {
    if (parts.length === 1) return { name: 'messages' }
    if (second === 'templates' && third && parts.length === 3)
      return { name: 'message-template', templateId: third }
  }
  if (first === 'settings' && parts.length === 1) return { name: 'settings' }
  if (first === 'insights' && parts.length === 1) return { name: 'insights' }
  if (first === 'practice') {
    if (parts.length === 1) return { name: 'practice' }
    if (second && parts.length === 2) return { name: 'practice-play', scriptId: second }
    if (second && third === 'for' && parts[3] && parts.length === 4)
      return { name: 'practice-play', scriptId: second, interviewId: parts[3] }
    if (second && third === 'tree' && parts.length === 3)
      return { name: 'practice-tree', scriptId: second }
    if (second && third === 'takes' && parts.length === 3)
      return { name: 'practice-takes', scriptId: second }
    if (second && third === 'edit' && parts.length <= 4)
      return parts[3]
        ? { name: 'practice-edit', scriptId: second, nodeId: parts[3] }
        : { name: 'practice-edit', scriptId: second }
  }
  return { name: 'not-found', path }
}

export function href(route: Route): string {
  switch (route.name) {
    case 'today':
      return '#/'
    case 'interviews':
      return '#/interviews'
    case 'new-interview':
      return '#/interviews/new'
    case 'interview':
      return `#/interviews/${encodeURIComponent(route.id)}`
    case 'edit-interview':
      return `#/interviews/${encodeURIComponent(route.id)}/edit`
    case 'next-round':
      return `#/interviews/${encodeURIComponent(route.id)}/next-round`
    case 'settings':
      return '#/settings'
    case 'practice':
      return '#/practice'
    case 'practice-play':
      return `#/practice/${encodeURIComponent(route.scriptId)}${route.interviewId ? `/for/${encodeURIComponent(route.interviewId)}` : ''}`
    case 'practice-tree':
      return `#/practice/${encodeURIComponent(route.scriptId)}/tree`
    case 'practice-takes':
      return `#/practice/${encodeURIComponent(route.scriptId)}/takes`
    case 'practice-edit':
      return `#/practice/${encodeURIComponent(route.scriptId)}/edit${route.nodeId ? `/${encodeURIComponent(route.nodeId)}` : ''}`
    case 'compose':
      return `#/interviews/${encodeURIComponent(route.id)}/messages/${encodeURIComponent(route.slot)}${route.person ? `/${encodeURIComponent(route.person)}` : ''}`
    case 'messages':
      return '#/messages'
    case 'message-template':
      return `#/messages/templates/${encodeURIComponent(route.templateId)}`
    case 'insights':
      return '#/insights'
    case 'not-found':
      return `#${route.path}`
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route)
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useRoute(): Route {
  // A host renders only the screen a fresh page opens on, Today, which has no hash.
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  )
  return parseRoute(hash)
}
