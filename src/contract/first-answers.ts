import type { AppApi } from './api'

/**
 * The first screen's answers, written into the page a host opens with (the web host's start-up
 * link with this launch's token, the desktop window's `?opening` page), so the page renders Today
 * without first asking for it. Any answer left out (the host could not give it) the page asks for
 * as usual.
 */
export interface FirstAnswers {
  settings?: Awaited<ReturnType<AppApi['getSettings']>>
  notices?: Awaited<ReturnType<AppApi['listNotices']>>
  today?: Awaited<ReturnType<AppApi['getToday']>>
}

/** The id of the `<script type="application/json">` element that carries them. */
export const FIRST_ANSWERS_ID = 'first-answers'

/**
 * Set as `data-rendered` on the page's `#root` when a host wrote the first screen (Today) into it,
 * rendered from the answers beside it: the page then hydrates that markup instead of replacing it.
 */
export const FIRST_SCREEN_RENDERED = 'today'

/**
 * The first screen as HTML, from the answers alone. It is built from the renderer's own code into
 * a file of its own (see vite.first-screen.config.ts), which a host loads at run time. Null when
 * the answers are not enough for the screen the page would render first.
 */
export type RenderFirstScreen = (answers: FirstAnswers) => string | null

/**
 * In the address the desktop app's window opens with (never a reload's): the page served for it
 * comes with Today rendered in. The page takes it out of its address as it starts.
 */
export const OPENING_PARAM = 'opening'
