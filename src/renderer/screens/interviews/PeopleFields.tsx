import { TextInput } from '../../components/TextInput'
import { newPerson, type FormState, type PersonRow } from './form-state'

interface Props {
  state: FormState
  errors: Record<string, string>
  set: (patch: Partial<FormState>) => void
}

export function PeopleFields({ state, errors, set }: Props) {
  const update = (key: number, patch: Partial<PersonRow>) =>
    set({ interviewers: state.interviewers.map((p) => (p.key === key ? { ...p, ...patch } : p)) })
  const err = (p: PersonRow, field: string) => errors[`interviewers.${p.key}.${field}`]
  return (
    <fieldset className="form-section">
      <legend>Who you met</legend>
      {state.interviewers.map((p, index) => (
        <div
          key={p.key}
          className="person-row"
          role="group"
          aria-label={`Interviewer ${index + 1}`}
        >
          <TextInput
            label="First name"
            name={`interviewer-${p.key}-first`}
            value={p.firstName}
            onChange={(firstName) => update(p.key, { firstName })}
            error={err(p, 'firstName')}
          />
          <TextInput
            label="Last name"
            name={`interviewer-${p.key}-last`}
            value={p.lastName}
            onChange={(lastName) => update(p.key, { lastName })}
            error={err(p, 'lastName')}
          />
          <TextInput
            label="Title"
            name={`interviewer-${p.key}-title`}
            value={p.title}
            onChange={(title) => update(p.key, { title })}
            error={err(p, 'title')}
          />
          <TextInput
            label="Email"
            type="email"
            name={`interviewer-${p.key}-email`}
            value={p.email}
            onChange={(email) => update(p.key, { email })}
            error={err(p, 'email')}
          />
          <TextInput
            label="Phone"
            type="tel"
            name={`interviewer-${p.key}-phone`}
            value={p.phone}
            onChange={(phone) => update(p.key, { phone })}
            error={err(p, 'phone')}
          />
          <button
            type="button"
            className="button small subtle"
            aria-label={`Remove interviewer ${index + 1}`}
            onClick={() => set({ interviewers: state.interviewers.filter((x) => x.key !== p.key) })}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => set({ interviewers: [...state.interviewers, newPerson()] })}
      >
        Add interviewer
      </button>

      <label className="checkbox">
        <input
          type="checkbox"
          checked={state.viaRecruiter}
          onChange={(e) => set({ viaRecruiter: e.target.checked })}
        />
        This interview came through a recruiter at an agency
      </label>
      {state.viaRecruiter && (
        <div className="person-row" role="group" aria-label="Recruiter">
          <TextInput
            label="Recruiter name"
            name="recruiter-name"
            isRequired
            value={state.recruiter.name}
            onChange={(name) => set({ recruiter: { ...state.recruiter, name } })}
            error={errors['recruiter.name']}
          />
          <TextInput
            label="Agency"
            name="recruiter-agency"
            value={state.recruiter.agency}
            onChange={(agency) => set({ recruiter: { ...state.recruiter, agency } })}
            error={errors['recruiter.agency']}
          />
          <TextInput
            label="Recruiter phone"
            type="tel"
            name="recruiter-phone"
            value={state.recruiter.phone}
            onChange={(phone) => set({ recruiter: { ...state.recruiter, phone } })}
            error={errors['recruiter.phone']}
          />
          <TextInput
            label="Recruiter email"
            type="email"
            name="recruiter-email"
            value={state.recruiter.email}
            onChange={(email) => set({ recruiter: { ...state.recruiter, email } })}
            error={errors['recruiter.email']}
          />
        </div>
      )}
    </fieldset>
  )
}
