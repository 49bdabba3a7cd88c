import { useEffect, useRef, type ReactNode } from 'react'

// The screen the page opens on leaves focus where the browser put it, at the top of the document
// before the skip link: nothing was announced yet, and focusing would force a layout before the
// first paint. Every screen opened after it takes focus.
let openingScreen = true

/** Each screen's h1 takes focus when the screen opens, so keyboard and screen-reader users land on it. */
export function PageHeading({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (openingScreen) openingScreen = false
    else ref.current?.focus()
  }, [])
  return (
    <header className="page-header">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  )
}
