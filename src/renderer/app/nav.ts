import { href, type Route } from '../routing/router'

/** The main navigation: each item and the routes that count as being in it. */
export const nav: { route: Route; label: string; match: Route['name'][] }[] = [
  { route: { name: 'today' }, label: 'Today', match: ['today'] },
  {
    route: { name: 'interviews' },
    label: 'Interviews',
    match: ['interviews', 'new-interview', 'interview', 'edit-interview', 'next-round'],
  },
  {
    route: { name: 'practice' },
    label: 'Call practice',
    match: ['practice', 'practice-play', 'practice-edit', 'practice-tree', 'practice-takes'],
  },
  {
    route: { name: 'messages' },
    label: 'Messages',
    match: ['messages', 'message-template', 'compose'],
  },
  { route: { name: 'insights' }, label: 'Insights', match: ['insights'] },
  { route: { name: 'settings' }, label: 'Settings', match: ['settings'] },
]

/**
 * The app's frame as static HTML, put in index.html at build time (electron.vite.config.ts) so
 * the sidebar paints before the JavaScript has loaded. React replaces it with the same markup
 * (AppFrame; app-shell.test.tsx keeps the two identical), adding which item is current.
 */
export function appShellHtml(): string {
  const items = nav.map((item) => `<li><a href="${href(item.route)}">${item.label}</a></li>`)
  return (
    '<div class="app"><a class="skip-link" href="#main">Skip to content</a>' +
    '<div class="sidebar"><nav aria-label="Main">' +
    '<div class="brand" aria-hidden="true">Follow-Through</div>' +
    `<ul>${items.join('')}</ul></nav><div class="toast-slot"></div></div>` +
    '<main id="main" class="content"></main></div>'
  )
}
