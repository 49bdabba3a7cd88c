import { powerMonitor } from 'electron'
import type { Host } from '../host/create-host'

/**
 * Reminders run in main, so they keep firing with no window open. A machine that slept through a
 * reminder catches up when it wakes; `resume` and `unlock-screen` often come together, and the
 * scheduler joins such calls into one check, so nothing is sent twice.
 */
export function runInBackground(
  host: Host,
  today: () => string,
  onNewDay: () => void,
  everyMs?: number,
): () => void {
  host.reminders.start(everyMs)
  let day = today()
  // What is due changes at midnight too, with no edit to announce it (the tray's count).
  const newDay = () => {
    if (today() === day) return
    day = today()
    onNewDay()
  }
  const wake = () => {
    void host.reminders.check()
    newDay()
  }
  const timer = setInterval(newDay, 60_000)
  timer.unref?.()
  powerMonitor.on('resume', wake)
  powerMonitor.on('unlock-screen', wake)
  return () => {
    host.reminders.stop()
    clearInterval(timer)
    powerMonitor.off('resume', wake)
    powerMonitor.off('unlock-screen', wake)
  }
}
