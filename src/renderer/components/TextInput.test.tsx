import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { localiseDateError } from '../date-format'
import { PageHeading } from './PageHeading'
import { SelectInput } from './SelectInput'
import { TextArea, TextInput } from './TextInput'

function Name({ error }: { error?: string }) {
  const [value, setValue] = useState('')
  return (
    <TextInput
      label="Company"
      value={value}
      onChange={setValue}
      error={error}
      description="As they write it."
      isRequired
    />
  )
}

describe('shared fields', () => {
  it('names the native control, describes it, and marks it required', async () => {
    render(<Name />)
    const input = screen.getByRole('textbox', { name: 'Company' })
    expect(input).toHaveAccessibleDescription('As they write it.')
    expect(input).toHaveAttribute('aria-required', 'true')
    expect(input).not.toHaveAttribute('aria-invalid')
    await userEvent.type(input, 'Acme')
    expect(input).toHaveValue('Acme')
  })

  it('ties an error to its field and marks the field invalid', () => {
    render(<Name error="Enter the company." />)
    const input = screen.getByRole('textbox', { name: 'Company' })
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('As they write it. Enter the company.')
  })

  it('names the date pattern the field shows in a date error', () => {
    const message = 'Interview date must be a real date (YYYY-MM-DD).'
    render(<TextInput label="When" type="date" value="" onChange={() => {}} error={message} />)
    expect(screen.getByLabelText('When')).toHaveAccessibleDescription(localiseDateError(message))
  })

  it('does the same for text areas and selects', () => {
    render(
      <>
        <TextArea label="Notes" value="" onChange={() => {}} error="Too long." />
        <SelectInput
          label="Channel"
          value="email"
          onChange={() => {}}
          options={[['email', 'Email']]}
          error="Pick one."
        />
      </>,
    )
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveAccessibleDescription('Too long.')
    expect(screen.getByRole('combobox', { name: 'Channel' })).toHaveAccessibleDescription(
      'Pick one.',
    )
  })

  it('takes focus after the new screen’s heading has taken it', () => {
    render(
      <>
        <PageHeading>Add an interview</PageHeading>
        <TextInput label="Company" value="" onChange={() => {}} autoFocus />
      </>,
    )
    expect(screen.getByRole('textbox', { name: 'Company' })).toHaveFocus()
  })
})
