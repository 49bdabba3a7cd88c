import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ScriptView } from '../../../contract/scripts-api'
import { defaultCallScript } from '../../../core/script/default-script'
import type { CallScript } from '../../../core/script/schema'
import { validateScript } from '../../../core/script/validate'
import { fakeClient } from '../../testing/fake-client'
import { renderWith } from '../../testing/render-app'
import { draftStore } from './draft-store'
import { ScriptEditorScreen } from './ScriptEditorScreen'

const view = (script: CallScript): ScriptView => ({
  script,
  problems: validateScript(script),
  edited: true,
})

function setup(nodeId?: string) {
  const { client } = fakeClient({
    getScript: async () => view(defaultCallScript),
    saveScript: async ({ script }) =>
      view({ ...script, updatedAt: '2026-03-02T10:00:00.000Z' } as CallScript),
  })
  renderWith(client, <ScriptEditorScreen scriptId="default-call" nodeId={nodeId} />)
  return client
}

const problems = () => screen.getByRole('region', { name: 'Problems' })
const steps = () => screen.getByRole('navigation', { name: 'Steps' })

beforeEach(() => draftStore.clear('default-call'))

describe('the script editor', () => {
  it('opens at the start: who picks up, with nothing to say yet', async () => {
    setup()
    expect(await screen.findByLabelText('Step title')).toHaveValue('Dial and listen')
    expect(screen.getByLabelText('Kind of step')).toHaveValue('dial')
  })

  it('counts the words of a line and says calmly when it runs long', async () => {
    setup('opening')
    const line = await screen.findByLabelText('What you say')
    expect(line).toHaveAccessibleDescription(/^35 words to say\./)
    await userEvent.type(line, ' And one more sentence that goes on and on.')
    expect(line).toHaveAccessibleDescription(
      /^44 words to say\. Under about 40 is easier to say naturally/,
    )
    expect(within(problems()).getByRole('status')).toHaveTextContent('No problems.')
  })

  it('says what a reply means for the call log, and lets the user change it', async () => {
    setup('opening')
    const meanings = await screen.findAllByLabelText('For the call log, this answer means')
    expect(meanings.map((m) => (m as HTMLSelectElement).value)).toEqual([
      'no-decision',
      'rejected',
      'offer',
      'next-round',
    ])
    await userEvent.selectOptions(meanings[0]!, '')
    expect(screen.getAllByLabelText('For the call log, this answer means')[0]).toHaveValue('')
    expect(screen.getByText('Unsaved changes')).toBeVisible()
  })

  it('validates as the user types and points at the field at fault', async () => {
    setup('opening')
    const line = await screen.findByLabelText('What you say')
    expect(within(problems()).getByRole('status')).toHaveTextContent(
      'No problems. This script is ready to practise.',
    )
    await userEvent.clear(line)
    expect(within(problems()).getByRole('status')).toHaveTextContent(
      '1 problem: the player won’t start until it is fixed.',
    )
    expect(line).toHaveAttribute('aria-invalid', 'true')
    expect(line).toHaveAccessibleDescription(/has nothing for you to say yet/)
    expect(within(steps()).getByRole('button', { name: /^Opening/ })).toHaveTextContent('1 problem')
    await userEvent.type(line, 'Hi {{{{foo}}, this is {{{{yourName}}.')
    const problem = within(problems()).getByRole('button', {
      name: '“Opening” (opening) uses {{foo}}, which the app can’t fill in.',
    })
    await userEvent.click(problem)
    expect(line).toHaveFocus()
    expect(screen.getByText('Unsaved changes')).toBeVisible()
  })

  it('goes to another step to fix a reply there', async () => {
    setup('opening')
    await screen.findByLabelText('What you say')
    await userEvent.click(within(steps()).getByRole('button', { name: /^Ask about concerns/ }))
    const label = screen.getAllByLabelText('Label on the button')[3]!
    await userEvent.clear(label)
    await userEvent.click(within(steps()).getByRole('button', { name: /^Opening/ }))
    await userEvent.click(within(problems()).getByRole('button', { name: /needs a short label/ }))
    expect(screen.getByRole('heading', { level: 2, name: /^Ask about concerns/ })).toBeVisible()
    expect(screen.getAllByLabelText('Label on the button')[3]).toHaveFocus()
  })

  it('saves a draft with problems, and says the player will wait for the fix', async () => {
    const client = setup('opening')
    const line = await screen.findByLabelText('What you say')
    await userEvent.clear(line)
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(client.saveScript).toHaveBeenCalledTimes(1))
    const sent = client.saveScript.mock.calls[0]![0] as { script: CallScript }
    expect(sent.script.nodes.find((n) => n.id === 'opening')?.line).toBe('')
    expect(
      await screen.findByText('Saved as a draft. 1 problem to fix before you can practise.'),
    ).toBeVisible()
    expect(screen.getByText('All changes saved')).toBeVisible()
  })

  it('won’t save what the file format refuses, and focuses it', async () => {
    const client = setup('opening')
    const title = await screen.findByLabelText('Step title')
    await userEvent.clear(title)
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved yet: A step title is required.',
    )
    expect(title).toHaveFocus()
    expect(client.saveScript).not.toHaveBeenCalled()
  })

  it('adds a concern with its prepared answer', async () => {
    setup()
    await screen.findByLabelText('What you say')
    await userEvent.click(within(steps()).getByRole('button', { name: 'Add a concern' }))
    const form = screen.getByRole('form', { name: 'Add a concern' })
    expect(screen.getByLabelText('The concern')).toHaveFocus()
    await userEvent.click(within(form).getByRole('button', { name: 'Add the concern' }))
    expect(within(form).getByText('Say what the concern is.')).toBeVisible()
    await userEvent.type(screen.getByLabelText('The concern'), 'Long commute')
    await userEvent.type(
      screen.getByLabelText('Your prepared answer'),
      'I did this commute for two years and was never late.',
    )
    expect(screen.getByLabelText('They raise it after')).toHaveValue('ask-concerns')
    expect(screen.getByLabelText('After your answer, go to')).toHaveValue('ask-timeline')
    await userEvent.click(within(form).getByRole('button', { name: 'Add the concern' }))
    expect(within(steps()).getByRole('button', { name: /^Answer: Long commute/ })).toHaveAttribute(
      'aria-current',
      'true',
    )
    expect(screen.getByLabelText('What you say')).toHaveValue(
      'I did this commute for two years and was never late.',
    )
    expect(within(problems()).getByRole('status')).toHaveTextContent('No problems.')
  })

  it('removes a step, shows the replies left dangling, and undoes it', async () => {
    setup('offer-more')
    expect(await screen.findByLabelText('Step title')).toHaveValue('Offer more information')
    await userEvent.click(screen.getByRole('button', { name: 'Remove this step' }))
    expect(within(problems()).getAllByRole('listitem')).toHaveLength(2)
    expect(within(problems()).getAllByRole('button')[0]).toHaveTextContent(
      /“Still hesitant” .* points to “offer-more”, which doesn’t exist/,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(within(problems()).getByRole('status')).toHaveTextContent('No problems.')
    expect(within(steps()).getByRole('button', { name: /^Offer more information/ })).toBeVisible()
  })
})
