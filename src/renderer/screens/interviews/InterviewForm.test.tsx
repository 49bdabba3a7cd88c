import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { AppError } from '../../../contract/errors'
import { fakeClient } from '../../testing/fake-client'
import { renderWith } from '../../testing/render-app'
import { datePattern } from '../../date-format'
import { emptyForm } from './form-state'
import { InterviewForm } from './InterviewForm'

function setup(onSubmit = vi.fn()) {
  const { client } = fakeClient()
  renderWith(
    client,
    <InterviewForm
      initial={emptyForm('2026-03-02')}
      submitLabel="Save interview"
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  )
  return { onSubmit, user: userEvent.setup() }
}

describe('InterviewForm', () => {
  it('names the date format the date field shows, not the one the app stores', async () => {
    const { client } = fakeClient()
    renderWith(
      client,
      <InterviewForm
        initial={{ ...emptyForm(''), company: 'Acme', role: 'Designer', timeframe: 'date' }}
        submitLabel="Save interview"
        onSubmit={vi.fn()}
        onCancel={() => {}}
      />,
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save interview' }))
    const shown = datePattern()
    for (const name of [/Interview date/, /Decision date/]) {
      const field = screen.getByLabelText(name)
      expect(field).toHaveAttribute('aria-invalid', 'true')
      const message = document.getElementById(
        field.getAttribute('aria-describedby')!.split(' ')[0]!,
      )
      expect(message?.textContent).toContain(`as ${shown} (for example `)
      expect(message?.textContent).not.toContain('YYYY-MM-DD')
    }
  })

  it('shows each problem beside its field, focuses the first, and submits nothing', async () => {
    const { onSubmit, user } = setup()
    await user.click(screen.getByRole('button', { name: 'Save interview' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Please fix the highlighted fields')
    const company = screen.getByRole('textbox', { name: /Company/ })
    expect(company).toHaveAttribute('aria-invalid', 'true')
    expect(company).toHaveAccessibleDescription('Company is required.')
    expect(screen.getByRole('textbox', { name: /Job title/ })).toHaveAccessibleDescription(
      'Job title is required.',
    )
    expect(company).toHaveFocus()
    expect(onSubmit).not.toHaveBeenCalled()

    // Errors follow typing once the user has tried to save.
    await user.type(company, 'Acme')
    expect(company).not.toHaveAttribute('aria-invalid')
  })

  it('sends the draft with blank interviewer rows left out', async () => {
    const onSubmit = vi.fn().mockResolvedValue({})
    const { user } = setup(onSubmit)
    await user.type(screen.getByRole('textbox', { name: /Company/ }), 'Acme')
    await user.type(screen.getByRole('textbox', { name: /Job title/ }), 'Designer')
    await user.click(screen.getByRole('button', { name: 'Add interviewer' }))
    const second = screen.getByRole('group', { name: 'Interviewer 2' })
    await user.type(within(second).getByRole('textbox', { name: 'First name' }), 'Dana')
    await user.selectOptions(screen.getByLabelText('When will they decide?'), 'business-days')
    await user.type(screen.getByRole('spinbutton', { name: 'Number of business days' }), '5')
    await user.click(screen.getByRole('checkbox', { name: /recruiter at an agency/ }))
    await user.type(screen.getByRole('textbox', { name: /Recruiter name/ }), 'Rita')
    await user.click(screen.getByRole('button', { name: 'Save interview' }))
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      company: 'Acme',
      role: 'Designer',
      interviewDate: '2026-03-02',
      interviewers: [{ firstName: 'Dana' }],
      timeframe: { kind: 'days', days: 5, business: true },
      recruiter: { name: 'Rita', agency: '' },
    })
  })

  it('puts the host’s field errors beside the right interviewer row', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValue(
        new AppError('invalid-input', 'Interviewer email doesn’t look right.', [
          { path: 'draft.interviewers.0.email', message: 'Interviewer email doesn’t look right.' },
        ]),
      )
    const { user } = setup(onSubmit)
    await user.type(screen.getByRole('textbox', { name: /Company/ }), 'Acme')
    await user.type(screen.getByRole('textbox', { name: /Job title/ }), 'Designer')
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Dana')
    await user.click(screen.getByRole('button', { name: 'Save interview' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing has been saved yet.')
    const row = screen.getByRole('group', { name: 'Interviewer 1' })
    expect(within(row).getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Interviewer email doesn’t look right.',
    )
  })
})
