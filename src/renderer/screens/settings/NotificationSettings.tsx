import { useState, type FormEvent } from 'react'
import type { Settings } from '../../../core/settings/schema'
import { isDesktop } from '../../api/client'
import { formErrors } from '../../api/errors'
import { TextInput } from '../../components/TextInput'
import '../../reminders/reminders.css'
import { useSaveSetting } from './use-save-setting'

type Permission = NotificationPermission | 'unsupported'

const readPermission = (): Permission =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission

/**
 * The browser shows system notifications only after the user allows them, and asks only when a
 * button they pressed requests it. In the desktop app the OS decides, so there is nothing to ask.
 */
function BrowserPermission() {
  const [permission, setPermission] = useState<Permission>(readPermission)
  const ask = async () => setPermission(await Notification.requestPermission())
  const test = () =>
    new Notification('Follow-Through reminders are on', {
      body: 'Reminders will look like this. Clicking one opens the step it is about.',
    })
  if (permission === 'unsupported') {
    return (
      <p className="permission-state muted">
        This browser cannot show system notifications. Reminders appear at the top of the page while
        it is open.
      </p>
    )
  }
  if (permission === 'granted') {
    return (
      <div className="setting-row">
        <p className="permission-state" role="status">
          Desktop notifications are on for this browser.
        </p>
        <button type="button" className="button small" onClick={test}>
          Show a test notification
        </button>
      </div>
    )
  }
  if (permission === 'denied') {
    return (
      <p className="permission-state" role="status">
        This browser blocks notifications from Follow-Through. To allow them, open the site settings
        (the icon left of the address) and set Notifications to Allow. Until then, reminders appear
        at the top of the page while it is open.
      </p>
    )
  }
  return (
    <div className="setting-row">
      <p className="permission-state muted">
        Reminders show at the top of the page until you allow system notifications, which also reach
        you while this tab is in the background.
      </p>
      <button type="button" className="button primary" onClick={() => void ask()}>
        Turn on desktop notifications
      </button>
    </div>
  )
}

function QuietHours({ settings }: { settings: Settings }) {
  const [start, setStart] = useState(settings.quietHours.start)
  const [end, setEnd] = useState(settings.quietHours.end)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const { save, submit: saveForm } = useSaveSetting()
  const quiet = settings.quietHours
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const err = await saveForm(
      { quietHours: { enabled: true, start, end } },
      `Quiet hours: ${start} to ${end}.`,
    )
    setErrors(err ? formErrors(err, 'patch.quietHours.') : {})
  }
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={quiet.enabled}
          onChange={(e) => void save({ quietHours: { ...quiet, enabled: e.target.checked } })}
        />
        Quiet hours: hold reminders overnight
      </label>
      {quiet.enabled && (
        <form className="inline-form" onSubmit={submit} aria-label="Quiet hours">
          <TextInput
            label="From"
            name="quietStart"
            type="time"
            value={start}
            onChange={setStart}
            error={errors.start}
          />
          <TextInput
            label="Until"
            name="quietEnd"
            type="time"
            value={end}
            onChange={setEnd}
            error={errors.end ?? (errors.start ? undefined : errors.form)}
            description="What comes due meanwhile arrives when they end."
          />
          <button type="submit" className="button">
            Save quiet hours
          </button>
        </form>
      )}
    </>
  )
}

/** How reminders reach the user: system notifications, and hours when they stay quiet. */
export function NotificationSettings({ settings }: { settings: Settings }) {
  return (
    <section className="card" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Notifications</h2>
      {isDesktop() ? (
        <p className="muted">
          Reminders come as system notifications. If none appear, check that notifications are
          allowed for Follow-Through in your system settings.
        </p>
      ) : (
        <BrowserPermission />
      )}
      <QuietHours settings={settings} />
    </section>
  )
}
