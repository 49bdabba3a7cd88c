import { FIRST_ANSWERS_ID, type FirstAnswers } from '../contract/first-answers'
import type { Host } from '../host/create-host'

/**
 * The first screen's answers as an inert JSON element for the page. A `<` in the data (a company
 * called "</script>…") is written as \u003c, so nothing in it can end the element.
 */
export async function firstAnswersElement(host: Pick<Host, 'call'>): Promise<string> {
  const answer = (method: string) => host.call(method, undefined).catch(() => undefined)
  const [settings, notices, today] = await Promise.all([
    answer('getSettings'),
    answer('listNotices'),
    answer('getToday'),
  ])
  const answers = { settings, notices, today } as FirstAnswers
  const json = JSON.stringify(answers).replaceAll('<', '\\u003c')
  return `<script type="application/json" id="${FIRST_ANSWERS_ID}">${json}</script>`
}
