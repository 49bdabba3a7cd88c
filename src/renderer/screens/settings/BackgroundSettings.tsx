import type { Settings } from '../../../core/settings/schema'
import { isDesktop } from '../../api/client'
import { useSaveSetting } from './use-save-setting'

/**
 * Desktop only: whether the app keeps running (and reminding) with its window closed, and whether
 * it starts with the computer. The web host runs only while its page's server does, so there it
 * says where to find these instead of showing switches that would do nothing.
 */
export function BackgroundSettings({ settings }: { settings: Settings }) {
  const { save } = useSaveSetting()
  return (
    <section className="card" aria-labelledby="background-heading">
      <h2 id="background-heading">Running in the background</h2>
      {isDesktop() ? (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings.keepInTray}
              onChange={(e) =>
                void save(
                  { keepInTray: e.target.checked },
                  e.target.checked
                    ? 'Closing the window keeps reminders running from the tray.'
                    : 'Closing the window now quits the app; reminders wait until it is open.',
                )
              }
            />
            Keep running in the tray when the window is closed, so reminders still come
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings.startAtLogin}
              onChange={(e) =>
                void save(
                  { startAtLogin: e.target.checked },
                  e.target.checked
                    ? 'Follow-Through will start quietly in the tray when you log in.'
                    : 'Follow-Through will no longer start when you log in.',
                )
              }
            />
            Start when I log in (quietly, in the tray)
          </label>
        </>
      ) : (
        <p className="muted">
          In the desktop app, Follow-Through can keep running in the tray with its window closed and
          start when you log in, so reminders come even when it is not open. In the browser,
          reminders come while this page’s tab is open; one that comes due while it is closed
          arrives when you open it again.
        </p>
      )}
    </section>
  )
}
