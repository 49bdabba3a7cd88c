import { FIRST_ANSWERS_ID, type FirstAnswers } from '../../contract/first-answers'

/** The answers a served page carries in its JSON element, or null when it carries none. */
export function firstAnswersIn(html: string): FirstAnswers | null {
  const element = new RegExp(
    `<script type="application/json" id="${FIRST_ANSWERS_ID}">(.*?)</script>`,
    's',
  ).exec(html)
  return element ? (JSON.parse(element[1]!) as FirstAnswers) : null
}
