import type { Notice } from './notices'

export type Topic =
  'interviews' | 'settings' | 'notices' | 'followups' | 'scripts' | 'takes' | 'messages'

/** Pushed from host to UI: Electron `app:event`, or server-sent events over HTTP. */
export type AppEvent =
  | { type: 'changed'; topic: Topic }
  | { type: 'notice'; notice: Notice }
  | { type: 'open-interview'; interviewId: string; actionKey?: string }
  | { type: 'open-today' }
  | {
      type: 'reminder'
      /** Answer with `ackReminder({ id })` once shown, so the host marks it delivered. */
      id: string
      title: string
      body: string
      interviewId?: string
      actionKey?: string
    }

export const EVENT_CHANNEL = 'app:event'
/** Electron: the preload says the page subscribed to events, so queued routes can go to it. */
export const READY_CHANNEL = 'app:events-ready'
