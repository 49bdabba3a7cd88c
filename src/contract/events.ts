import type { Notice } from './notices'

export type Topic =
  'interviews' | 'settings' | 'notices' | 'followups' | 'scripts' | 'takes' | 'messages'

/** Pushed from host to UI: Electron `app:event`, or server-sent events over HTTP. */
export type AppEvent =
  | { type: 'changed'; topic: Topic }
  | { type: 'notice'; notice: Notice }
  | { type: 'open-interview'; interviewId: string }
  | { type: 'open-today' }
  | { type: 'reminder'; title: string; body: string; interviewId?: string }

export const EVENT_CHANNEL = 'app:event'
