import type { AppApi } from './api'

/**
 * The first screen's answers, written into the page by the web host when it serves the page to
 * the link with this launch's token, so the page renders Today without first asking for it. Any
 * answer left out (the host could not give it) the page asks for as usual.
 */
export interface FirstAnswers {
  settings?: Awaited<ReturnType<AppApi['getSettings']>>
  notices?: Awaited<ReturnType<AppApi['listNotices']>>
  today?: Awaited<ReturnType<AppApi['getToday']>>
}

/** The id of the `<script type="application/json">` element that carries them. */
export const FIRST_ANSWERS_ID = 'first-answers'
