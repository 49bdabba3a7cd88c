import { useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import type { Settings } from '../../../core/settings/schema'
import { getClient } from '../../api/client'
import { errorMessage, fieldErrors } from '../../api/errors'
import { keys, queryClient, useSettings } from '../../api/queries'
import { PageHeading } from '../../components/PageHeading'
import { SelectInput } from '../../components/SelectInput'
import { TextInput } from '../../components/TextInput'
import { useToast } from '../../components/Toasts'
import { formatDay } from '../../format'
import { PracticePartnerSettings } from '../practice/PracticePartnerSettings'
import { YourData } from './YourData'
import { BackgroundSettings } from './BackgroundSettings'
import { NotificationSettings } from './NotificationSettings'

/** Saves one change at once; the host validates, and a refusal leaves the old value in place. */
function useSave() {
  const toast = useToast()
  return async (patch: Partial<Settings>, done?: string) => {
    try {
      const next = await getClient().updateSettings({ patch })
      queryClient.setQueryData(keys.settings, next)
      if (done) toast({ message: done })
      return null
    } catch (err) {
      return err
    }
  }
}

function Holidays({ settings }: { settings: Settings }) {
  const [day, setDay] = useState('')
  const [error, setError] = useState('')
  const save = useSave()
  const add = async (e: FormEvent) => {
    e.preventDefault()
    if (!day) return setError('Pick a date to add.')
    if (settings.holidays.includes(day))
      return setError(`${formatDay(day)} is already on the list.`)
    const err = await save({ holidays: [...settings.holidays, day] }, `Added ${formatDay(day)}.`)
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
        <Button type="submit" className="button">
          Add holiday
        </Button>
      </form>
      {settings.holidays.length === 0 ? (
        <p className="empty-inline">No holidays yet.</p>
      ) : (
        <ul className="chip-list" aria-label="Your holidays">
          {settings.holidays.map((h) => (
            <li key={h} className="chip">
              {formatDay(h)}
              <Button
                className="icon-button"
                aria-label={`Remove ${formatDay(h)}`}
                onPress={() =>
                  void save(
                    { holidays: settings.holidays.filter((x) => x !== h) },
                    `Removed ${formatDay(h)}.`,
                  )
                }
              >
                ×
              </Button>
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
  const save = useSave()
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const err = await save({ reminderTime: time }, `Reminders will come at ${time}.`)
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
        <Button type="submit" className="button">
          Save time
        </Button>
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
  const save = useSave()
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const err = await save({ profile }, 'Your details are saved.')
    setErrors(err ? { ...fieldErrors(err, 'patch.profile.'), form: errorMessage(err) } : {})
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
        <TextInput
          multiline
          label="Signature"
          name="profile-signature"
          value={profile.signature ?? ''}
          onChange={(signature) => setProfile({ ...profile, signature })}
          error={errors.signature}
          description="Closes your messages. Leave it empty to sign with your name."
        />
        <div className="form-actions">
          <Button type="submit" className="button">
            Save details
          </Button>
        </div>
      </form>
    </section>
  )
}

function Appearance({ settings }: { settings: Settings }) {
  const save = useSave()
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
