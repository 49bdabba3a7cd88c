import { powerMonitor } from 'electron'
import type { Host } from '../host/create-host'

/**
 * Reminders run in main, so they keep firing with no window open. A machine that slept through a
 * reminder catches up when it wakes; `resume` and `unlock-screen` often come together, and the
 * scheduler joins such calls into one check, so nothing is sent twice.
 */
export function runInBackground(host: Host, onWake: () => void, everyMs?: number): () => void {
  host.reminders.start(everyMs)
  const wake = () => {
    void host.reminders.check()
    onWake()
  }
  powerMonitor.on('resume', wake)
  powerMonitor.on('unlock-screen', wake)
  return () => {
    host.reminders.stop()
    powerMonitor.off('resume', wake)
    powerMonitor.off('unlock-screen', wake)
  }
}
