import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ScriptView } from '../../../contract/scripts-api'
import type { InterviewListItem } from '../../../contract/tracker-api'
import { defaultCallScript } from '../../../core/script/default-script'
import { updateNode } from '../../../core/script/edit'
import type { CallScript } from '../../../core/script/schema'
import { validateScript } from '../../../core/script/validate'
import { defaultSettings } from '../../../core/settings/schema'
import { fakeClient } from '../../testing/fake-client'
import { renderWith } from '../../testing/render-app'
import { PlayerScreen } from './PlayerScreen'

const interview = {
  id: 'i1',
  company: 'Acme Tools',
  role: 'Product Designer',
  interviewDate: '2026-03-02',
  interviewers: [{ firstName: 'Dana', lastName: 'Reyes' }],
  outcome: 'pending',
  next: null,
} as unknown as InterviewListItem

const view = (script: CallScript = defaultCallScript): ScriptView => ({
  script,
  problems: validateScript(script),
  edited: false,
})

function setup(script?: CallScript, counts: Record<string, number> = {}) {
  const { client } = fakeClient({
    getScript: async () => view(script),
    getPracticeCounts: async () => counts,
    listInterviews: async () => [interview],
    getSettings: async () => ({
      ...defaultSettings,
      profile: { name: 'Sam Lee', email: 'sam@example.com', phone: '' },
    }),
    recordPractice: async ({ edgeIds }) =>
      Object.fromEntries(edgeIds.map((id) => [id, 1] as const)),
    logAttempt: async () => ({}) as never,
  })
  renderWith(client, <PlayerScreen scriptId="default-call" />)
  return client
}

const line = () => screen.getByRole('region', { name: /^You say/ })
const path = () =>
  within(screen.getByRole('navigation', { name: 'Path taken' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent)

beforeEach(() => sessionStorage.clear())
afterEach(() => vi.unstubAllGlobals())

describe('the player', () => {
  it('fills the line from the interview and the user, and marks what is missing', async () => {
    setup()
    expect(
      await screen.findByText(/Hi Dana, this is Sam Lee\. We met on Monday, March 2/),
    ).toBeVisible()
    await userEvent.keyboard('1')
    await userEvent.keyboard('1')
    await userEvent.keyboard('1')
    await userEvent.keyboard('1')
    expect(screen.getByText('[your phone number]')).toHaveClass('field-missing')
    expect(screen.getByText(/Fill in \[your phone number\] in/)).toBeVisible()
  })

  it('moves with the number keys, goes back with Backspace and restarts with R', async () => {
    setup()
    await screen.findByRole('button', { name: '1 Not decided yet' })
    expect(screen.getByRole('button', { name: '4 Voicemail / not available' })).toBeVisible()
    expect(screen.getByRole('button', { name: '1 Not decided yet' })).toHaveAccessibleDescription(
      'never practised',
    )
    await userEvent.keyboard('1')
    expect(line()).toHaveTextContent('Ask about concerns')
    expect(screen.getByText(/We haven't made a decision yet/)).toBeVisible()
    await userEvent.keyboard('1')
    expect(line()).toHaveTextContent('Answer: new industry')
    expect(path()).toEqual([
      'Opening, they said “Not decided yet”',
      'Ask about concerns, they said “Concern: no industry experience”',
      'Answer: new industry',
    ])
    expect(line()).toHaveFocus()
    await userEvent.keyboard('{Backspace}')
    expect(line()).toHaveTextContent('Ask about concerns')
    await userEvent.keyboard('9')
    expect(line()).toHaveTextContent('Ask about concerns')
    await userEvent.keyboard('r')
    expect(line()).toHaveTextContent('Opening')
    expect(path()).toEqual(['Opening'])
  })

  it('ignores the keys while the user is typing or choosing in a field', async () => {
    setup()
    const select = await screen.findByLabelText('Practise for')
    select.focus()
    await userEvent.keyboard('1')
    await userEvent.keyboard('{Backspace}')
    expect(line()).toHaveTextContent('Opening')
    expect(path()).toEqual(['Opening'])
  })

  it('counts a finished run once, even after stepping back and forth at the end', async () => {
    const client = setup()
    await screen.findByRole('button', { name: '2 Went another direction' })
    await userEvent.keyboard('2')
    expect(await screen.findByRole('heading', { name: 'End of the call' })).toBeVisible()
    await waitFor(() => expect(client.recordPractice).toHaveBeenCalledTimes(1))
    expect(client.recordPractice).toHaveBeenCalledWith({
      scriptId: 'default-call',
      edgeIds: ['opening-other-direction'],
    })
    await userEvent.keyboard('{Backspace}')
    await userEvent.keyboard('2')
    await userEvent.keyboard('{Backspace}')
    await userEvent.keyboard('4')
    await waitFor(() => expect(client.recordPractice).toHaveBeenCalledTimes(2))
    expect(client.recordPractice).toHaveBeenLastCalledWith({
      scriptId: 'default-call',
      edgeIds: ['opening-voicemail'],
    })
  })

  it('logs the real call as a phone status check from the end screen', async () => {
    const client = setup()
    await screen.findByRole('button', { name: '4 Voicemail / not available' })
    await userEvent.keyboard('4')
    const form = await screen.findByRole('form', { name: 'Made the real call? Log it' })
    expect(within(form).getByLabelText('They answered (not voicemail)')).not.toBeChecked()
    await userEvent.click(within(form).getByRole('button', { name: 'Log this call' }))
    await waitFor(() => expect(client.logAttempt).toHaveBeenCalled())
    expect(client.logAttempt).toHaveBeenCalledWith({
      interviewId: 'i1',
      attempt: expect.objectContaining({
        kind: 'status-check',
        channel: 'phone',
        answered: false,
        outcome: null,
        note: 'Call went: Voicemail / not available.',
      }),
    })
    expect(await screen.findByText(/Logged a phone status check with Acme Tools/)).toBeVisible()
  })

  it('in surprise mode lets the employer answer with the reply practised least', async () => {
    const counts = {
      'opening-not-decided': 2,
      'opening-other-direction': 1,
      'opening-voicemail': 3,
    }
    setup(undefined, { ...counts, 'opening-offer': 1 })
    await userEvent.click(await screen.findByRole('button', { name: /Surprise me/ }))
    expect(screen.getByRole('button', { name: /Surprise me/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(screen.queryByRole('button', { name: '1 Not decided yet' })).toBeNull()
    await userEvent.keyboard('1')
    expect(line()).toHaveTextContent('Opening')
    await userEvent.keyboard('n')
    expect(line()).toHaveTextContent(/Gracious close|Offer or next round/)
    expect(screen.getByText('Employer says')).toBeVisible()
  })

  it('says calmly that lines are not spoken when no voice exists', async () => {
    setup()
    expect(await screen.findByText(/No voice is available on this system/)).toBeVisible()
  })

  it('speaks with the chosen voice and rate', async () => {
    const speak = vi.fn()
    const voice = { name: 'Calm', voiceURI: 'calm', lang: 'en-GB' }
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [voice],
      speak,
      cancel: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        voice: unknown = null
        rate = 1
        constructor(public text: string) {}
      },
    )
    const { client } = fakeClient({
      getScript: async () => view(),
      getPracticeCounts: async () => ({}),
      listInterviews: async () => [interview],
      getSettings: async () => ({
        ...defaultSettings,
        speech: { enabled: true, voice: 'calm', rate: 1.3 },
      }),
    })
    renderWith(client, <PlayerScreen scriptId="default-call" />)
    expect(await screen.findByText(/The employer’s lines are spoken aloud/)).toBeVisible()
    await userEvent.keyboard('4')
    expect(speak).toHaveBeenCalledTimes(1)
    expect(speak.mock.calls[0]![0]).toMatchObject({
      text: "Hi, you've reached Dana Reyes. I can't take your call right now, so please leave a message after the tone.",
      voice,
      rate: 1.3,
    })
    await userEvent.click(screen.getByRole('button', { name: 'Say it again' }))
    expect(speak).toHaveBeenCalledTimes(2)
  })

  it('refuses to start a script with problems and links each one to the editor', async () => {
    setup(updateNode(defaultCallScript, 'opening', { line: 'Hi {{foo}}' }))
    expect(
      await screen.findByRole('heading', { name: 'This script can’t be practised yet' }),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'Fix in the editor' })).toHaveAttribute(
      'href',
      '#/practice/default-call/edit/opening',
    )
    expect(screen.queryByRole('button', { name: /Not decided yet/ })).toBeNull()
    await act(async () => {
      await userEvent.keyboard('1')
    })
    expect(screen.queryByRole('region', { name: /^You say/ })).toBeNull()
  })
})
