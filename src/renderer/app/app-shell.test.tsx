import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { AppFrame } from './AppFrame'
import { appShellHtml } from './nav'

describe('the static app shell in index.html', () => {
  it('is exactly the frame React renders before it knows the route', () => {
    expect(appShellHtml()).toBe(renderToStaticMarkup(<AppFrame route={null} />))
  })

  it('differs from the rendered frame only in marking the current screen', () => {
    const today = renderToStaticMarkup(<AppFrame route={{ name: 'today' }} />)
    expect(today).toBe(appShellHtml().replace('<a href="#/">', '<a href="#/" aria-current="page">'))
  })
})
