import { pathToFileURL } from 'node:url'
import {
  FIRST_ANSWERS_ID,
  FIRST_SCREEN_RENDERED,
  type FirstAnswers,
  type RenderFirstScreen,
} from '../contract/first-answers'
import type { Host } from './create-host'

/** The first screen's answers; any the host could not give is left out, for the page to ask. */
export async function firstAnswers(host: Pick<Host, 'call'>): Promise<FirstAnswers> {
  const answer = (method: string) => host.call(method, undefined).catch(() => undefined)
  const [settings, notices, today] = await Promise.all([
    answer('getSettings'),
    answer('listNotices'),
    answer('getToday'),
  ])
  return { settings, notices, today } as FirstAnswers
}

/**
 * Loads the first screen's renderer, built from the renderer's code into a file of its own. Null
 * when it is missing or will not load: the page then renders everything itself, as it always can.
 */
export async function loadFirstScreenRenderer(file: string): Promise<RenderFirstScreen | null> {
  try {
    const loaded = (await import(pathToFileURL(file).href)) as { renderFirstScreen?: unknown }
    return typeof loaded.renderFirstScreen === 'function'
      ? (loaded.renderFirstScreen as RenderFirstScreen)
      : null
  } catch (err) {
    console.warn(`[first-page] the first screen renders in the page: ${String(err)}`)
    return null
  }
}

const ROOT = '<div id="root">'

export interface FirstPageWriter {
  /** Renders Today now, so the first opening finds it ready. */
  prepare(host: Pick<Host, 'call'>): Promise<void>
  /** How to write index.html for an opening, with the answers as they are now. */
  forOpening(host: Pick<Host, 'call'>): Promise<(html: string) => string>
}

/**
 * Writes the first screen into index.html (see `firstPage`). The last rendering is kept with the
 * answers it came from: between two openings they rarely change, and an unchanged Today is not
 * rendered again. `prepare` renders ahead, as the host starts, so the first opening need not.
 */
export function firstPageWriter(renderer: Promise<RenderFirstScreen | null>): FirstPageWriter {
  let last: { json: string; markup: string | null } | null = null
  const markupFor = async (answers: FirstAnswers, json: string): Promise<string | null> => {
    if (last?.json === json) return last.markup
    const render = await renderer
    let markup: string | null = null
    try {
      markup = render?.(answers) ?? null
    } catch (err) {
      console.warn(`[first-page] Today did not render in the host: ${String(err)}`)
    }
    last = { json, markup }
    return markup
  }
  const write = async (host: Pick<Host, 'call'>) => {
    const answers = await firstAnswers(host)
    const json = answersJson(answers)
    return { answers, json, markup: await markupFor(answers, json) }
  }
  return {
    async prepare(host) {
      await write(host)
    },
    async forOpening(host) {
      const { answers, json, markup } = await write(host)
      return (html) => firstPage(html, answers.settings?.theme, json, markup)
    },
  }
}

/** A `<` in the data (a company called "</script>…") is written as \u003c: nothing can end the element. */
const answersJson = (answers: FirstAnswers) => JSON.stringify(answers).replaceAll('<', '\\u003c')

/**
 * index.html as the page opens on Today: the first screen's answers in an inert JSON element, the
 * user's theme on `<html>`, and, when there is one, Today's markup in `#root` in place of the
 * static frame, for the page to hydrate. Without markup the page renders everything itself.
 */
export function firstPage(
  html: string,
  theme: string | undefined,
  json: string,
  markup: string | null,
): string {
  let page = html
  // #root is the body's last element; the static frame inside it is replaced whole.
  const start = page.indexOf(ROOT)
  const rootEnd = page.lastIndexOf('</div>', page.lastIndexOf('</body>'))
  if (markup !== null && start >= 0 && rootEnd > start) {
    page =
      page.slice(0, start) +
      `<div id="root" data-rendered="${FIRST_SCREEN_RENDERED}">${markup}</div>` +
      page.slice(rootEnd + '</div>'.length)
  }
  if (theme && theme !== 'system') page = page.replace('<html ', `<html data-theme="${theme}" `)
  const element = `<script type="application/json" id="${FIRST_ANSWERS_ID}">${json}</script>`
  const at = page.lastIndexOf('</body>')
  return at >= 0 ? page.slice(0, at) + element + page.slice(at) : page
}
