import { useState, type FormEvent } from 'react'
import type { Settings } from '../../../core/settings/schema'
import { errorMessage, fieldErrors, formErrors } from '../../api/errors'
import { useSettings } from '../../api/queries'
import { PageHeading } from '../../components/PageHeading'
import { SelectInput } from '../../components/SelectInput'
import { TextArea, TextInput } from '../../components/TextInput'
import { formatDay } from '../../format'
import { PracticePartnerSettings } from '../practice/PracticePartnerSettings'
import { YourData } from './YourData'
import { BackgroundSettings } from './BackgroundSettings'
import { NotificationSettings } from './NotificationSettings'
import { useSaveSetting } from './use-save-setting'

function Holidays({ settings }: { settings: Settings }) {
  const [day, setDay] = useState('')
  const [error, setError] = useState('')
  const { save, submit } = useSaveSetting()
  const add = async (e: FormEvent) => {
    e.preventDefault()
    if (!day) return setError('Pick a date to add.')
    if (settings.holidays.includes(day))
      return setError(`${formatDay(day)} is already on the list.`)
    const err = await submit({ holidays: [...settings.holidays, day] }, `Added ${formatDay(day)}.`)
    setError(err ? (fieldErrors(err, 'patch.')['holidays.0'] ?? errorMessage(err)) : '')
    if (!err) setDay('')
  }
  return (
    <section className="card" aria-labelledby="holidays-heading">
      <h2 id="holidays-heading">Holidays</h2>
      <p className="muted">
        Days you won’t count as business days. Follow-ups never fall on a weekend or on these days.
      </p>
      <form className="inline-form" onSubmit={add} aria-label="Add a holiday">
        <TextInput
          label="Holiday"
          name="holiday"
          type="date"
          value={day}
          onChange={(v) => {
            setDay(v)
            setError('')
          }}
          error={error || undefined}
        />
        <button type="submit" className="button">
          Add holiday
        </button>
      </form>
      {settings.holidays.length === 0 ? (
        <p className="empty-inline">No holidays yet.</p>
      ) : (
        <ul className="chip-list" aria-label="Your holidays">
          {settings.holidays.map((h) => (
            <li key={h} className="chip">
              {formatDay(h)}
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${formatDay(h)}`}
                onClick={() =>
                  void save(
                    { holidays: settings.holidays.filter((x) => x !== h) },
                    `Removed ${formatDay(h)}.`,
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Reminders({ settings }: { settings: Settings }) {
  const [time, setTime] = useState(settings.reminderTime)
  const [error, setError] = useState('')
  const { save, submit: saveForm } = useSaveSetting()
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const err = await saveForm({ reminderTime: time }, `Reminders will come at ${time}.`)
    setError(err ? errorMessage(err) : '')
  }
  return (
    <section className="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <form className="inline-form" onSubmit={submit} aria-label="Reminder time">
        <TextInput
          label="Reminder time"
          name="reminderTime"
          type="time"
          value={time}
          onChange={(v) => {
            setTime(v)
            setError('')
          }}
          error={error || undefined}
          description="On the day a follow-up is due."
        />
        <button type="submit" className="button">
          Save time
        </button>
      </form>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.notifications}
          onChange={(e) => void save({ notifications: e.target.checked })}
        />
        Show a notification when a follow-up is due
      </label>
    </section>
  )
}

function Profile({ settings }: { settings: Settings }) {
  const [profile, setProfile] = useState(settings.profile)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const { submit: saveForm } = useSaveSetting()
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const err = await saveForm({ profile }, 'Your details are saved.')
    setErrors(err ? formErrors(err, 'patch.profile.') : {})
  }
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">About you</h2>
      <p className="muted">Used to fill in your messages and call scripts.</p>
      <form onSubmit={submit} aria-label="About you" className="grid-3">
        <TextInput
          label="Your name"
          name="profile-name"
          value={profile.name}
          onChange={(name) => setProfile({ ...profile, name })}
          error={errors.name}
        />
        <TextInput
          label="Your email"
          type="email"
          name="profile-email"
          value={profile.email}
          onChange={(email) => setProfile({ ...profile, email })}
          error={errors.email}
        />
        <TextInput
          label="Your phone"
          type="tel"
          name="profile-phone"
          value={profile.phone}
          onChange={(phone) => setProfile({ ...profile, phone })}
          error={errors.phone}
        />
        <TextArea
          label="Signature"
          name="profile-signature"
          value={profile.signature ?? ''}
          onChange={(signature) => setProfile({ ...profile, signature })}
          error={errors.signature}
          description="Closes your messages. Leave it empty to sign with your name."
        />
        <div className="form-actions">
          <button type="submit" className="button">
            Save details
          </button>
        </div>
      </form>
    </section>
  )
}

function Appearance({ settings }: { settings: Settings }) {
  const { save } = useSaveSetting()
  return (
    <section className="card" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <SelectInput
        label="Theme"
        value={settings.theme}
        onChange={(theme) => void save({ theme })}
        options={[
          ['system', 'Follow the system'],
          ['light', 'Light'],
          ['dark', 'Dark'],
        ]}
      />
    </section>
  )
}

export function SettingsScreen() {
  const { data, error } = useSettings()
  return (
    <>
      <PageHeading>Settings</PageHeading>
      {error && (
        <p role="alert" className="error-text">
          {errorMessage(error)}
        </p>
      )}
      {data && (
        <div className="stack">
          <Reminders settings={data} />
          <NotificationSettings settings={data} />
          <BackgroundSettings settings={data} />
          <Holidays settings={data} />
          <Profile settings={data} />
          <PracticePartnerSettings settings={data} />
          <Appearance settings={data} />
          <YourData />
        </div>
      )}
    </>
  )
}
