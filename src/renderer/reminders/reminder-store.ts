import { useSyncExternalStore } from 'react'
import type { AppEvent } from '../../contract/events'

export type Reminder = Extract<AppEvent, { type: 'reminder' }>

const MAX_SHOWN = 3
let shown: Reminder[] = []
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((l) => l())

/** Reminders shown in the page's banner: the fallback where no system notification can be. */
export const reminderBanner = {
  add(reminder: Reminder): void {
    shown = [reminder, ...shown.filter((r) => r.id !== reminder.id)].slice(0, MAX_SHOWN)
    emit()
  },
  remove(id: string): void {
    shown = shown.filter((r) => r.id !== id)
    emit()
  },
  clear(): void {
    shown = []
    emit()
  },
}

const subscribe = (l: () => void) => {
  listeners.add(l)
  return () => listeners.delete(l)
}

export function useBannerReminders(): Reminder[] {
  const current = () => shown
  // A host renders the first screen with none (reminders arrive as events once the page has
  // subscribed), and while hydrating the page has none either.
  return useSyncExternalStore(subscribe, current, current)
}
