import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FirstAnswers, RenderFirstScreen } from '../contract/first-answers'
import { firstPage, firstPageWriter, loadFirstScreenRenderer } from './first-page'
import { firstAnswersIn } from './testing/first-answers-in'
import { cleanup, hostIn, tempDir } from './testing/temp-host'

const shell = '<div class="app"><nav>Today</nav><main id="main"></main></div>'
const index = `<!doctype html>\n<html lang="en">\n  <head></head>\n  <body>\n    <div id="root">${shell}</div>\n  </body>\n</html>`

const dirs: string[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  await cleanup(...dirs.splice(0))
})

describe('firstPage', () => {
  it('puts the rendered screen in place of the static frame, with the answers and the theme', () => {
    const page = firstPage(index, 'dark', '{"a":1}', '<main><h1>Today</h1></main>')
    expect(page).toContain(
      '<div id="root" data-rendered="today"><main><h1>Today</h1></main></div>\n  ' +
        '<script type="application/json" id="first-answers">{"a":1}</script></body>',
    )
    expect(page).not.toContain(shell)
    expect(page).toContain('<html data-theme="dark" lang="en">')
  })

  it('keeps the static frame, and the OS theme, when there is nothing rendered', () => {
    const page = firstPage(index, 'system', '{}', null)
    expect(page).toContain(`<div id="root">${shell}</div>`)
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('id="first-answers">{}</script>')
  })
})

describe('firstPageWriter', () => {
  const setUp = () => {
    const dir = tempDir()
    dirs.push(dir)
    const { host } = hostIn(dir)
    // Escapes text as React does.
    const render = vi.fn<RenderFirstScreen>(
      (answers: FirstAnswers) =>
        `<main>${answers.today?.dueToday.map((r) => r.company.replaceAll('<', '&lt;')).join(', ')}</main>`,
    )
    return { host, render, writer: firstPageWriter(Promise.resolve(render)) }
  }
  const interview = (company: string) => ({
    draft: { company, role: 'Designer', interviewDate: '2026-03-02' },
  })

  it('renders ahead once, and again only when the answers change', async () => {
    const { host, render, writer } = setUp()
    await host.api.createInterview(interview('Acme'))
    await writer.prepare(host)
    expect(render).toHaveBeenCalledTimes(1)
    expect((await writer.forOpening(host))(index)).toContain('<main>Acme</main>')
    expect(render).toHaveBeenCalledTimes(1)

    await host.api.createInterview(interview('Globex'))
    const page = (await writer.forOpening(host))(index)
    expect(render).toHaveBeenCalledTimes(2)
    expect(page).toContain('<main>Acme, Globex</main>')
    expect(firstAnswersIn(page)!.today!.dueToday).toHaveLength(2)
  })

  it('writes a company called "</script>…" so it cannot end the answers element', async () => {
    const { host, writer } = setUp()
    await host.api.createInterview(interview('</script><script>alert(1)</script>'))
    const page = (await writer.forOpening(host))(index)
    expect(page.match(/<\/script>/g)).toHaveLength(1)
    expect(firstAnswersIn(page)!.today!.dueToday[0]!.company).toBe(
      '</script><script>alert(1)</script>',
    )
  })

  it('serves the page with its answers alone when the render throws', async () => {
    const { host, render, writer } = setUp()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    render.mockImplementation(() => {
      throw new Error('no window here')
    })
    const page = (await writer.forOpening(host))(index)
    expect(page).toContain(`<div id="root">${shell}</div>`)
    expect(firstAnswersIn(page)!.settings).toMatchObject({ theme: 'system' })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no window here'))
  })
})

describe('loadFirstScreenRenderer', () => {
  it('loads the built file, and is null (the page renders alone) when it is missing or wrong', async () => {
    const dir = tempDir()
    dirs.push(dir)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const good = path.join(dir, 'good.mjs')
    fs.writeFileSync(good, 'export const renderFirstScreen = (a) => `<p>${a.today.n}</p>`\n')
    const render = await loadFirstScreenRenderer(good)
    expect(render?.({ today: { n: 3 } } as never)).toBe('<p>3</p>')

    const other = path.join(dir, 'other.mjs')
    fs.writeFileSync(other, 'export const somethingElse = 1\n')
    expect(await loadFirstScreenRenderer(other)).toBeNull()
    expect(await loadFirstScreenRenderer(path.join(dir, 'missing.js'))).toBeNull()
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
