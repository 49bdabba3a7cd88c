import type { ReactNode } from 'react'
import { ToastSlot } from '../components/Toasts'
import { nav } from './nav'
import { href, type Route } from '../routing/router'

/** Skip link, sidebar and main: the markup index.html's static shell repeats (see nav.ts). */
export function AppFrame({ route, children }: { route: Route | null; children?: ReactNode }) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="sidebar">
        <nav aria-label="Main">
          <div className="brand" aria-hidden="true">
            Follow-Through
          </div>
          <ul>
            {nav.map((item) => (
              <li key={item.label}>
                <a
                  href={href(item.route)}
                  aria-current={route && item.match.includes(route.name) ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ToastSlot />
      </div>
      <main id="main" className="content">
        {children}
      </main>
    </div>
  )
}
