import { localiseDateError } from '../../date-format'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FollowUpView, TodayView } from '../../../contract/planner-api'
import type { ScriptView } from '../../../contract/scripts-api'
import { addCalendarDays } from '../../../core/followup/business-days'
import { defaultCallScript } from '../../../core/script/default-script'
import { updateNode } from '../../../core/script/edit'
import type { CallScript } from '../../../core/script/schema'
import { validateScript } from '../../../core/script/validate'
import { defaultSettings } from '../../../core/settings/schema'
import type { AppClient } from '../../../contract/api'
import { localToday } from '../../format'
import { fakeClient } from '../../testing/fake-client'
import { interviewItem, interviewRecord } from '../../testing/interview-item'
import { renderWith } from '../../testing/render-app'
import { todayView } from '../../testing/today-view'
import { PlayerScreen } from './PlayerScreen'

const interview = interviewItem('i1', 'Acme Tools')

const view = (script: CallScript = defaultCallScript): ScriptView => ({
  script,
  problems: validateScript(script),
  edited: false,
})

const emptyToday: TodayView = todayView('2026-03-10')

function followUps(due: string): FollowUpView {
  return {
    interviewId: 'i1',
    actions: [
      {
        kind: 'status-check',
        key: 'status-check:2',
        attemptNumber: 2,
        channel: 'phone',
        to: 'interviewer',
        due,
        reason: 'A week after your last check on Tue, Mar 10: often enough to stay in mind.',
      },
    ],
    attempts: [],
    dismissed: [],
    movedOn: false,
    today: '2026-03-10',
  }
}

function setup(
  script?: CallScript,
  counts: Record<string, number> = {},
  more: Partial<AppClient> = {},
  props: { interviewId?: string } = {},
) {
  const { client } = fakeClient({
    getScript: async () => view(script),
    getPracticeCounts: async () => counts,
    listInterviews: async () => [interview],
    getInterview: async ({ id }) => interviewRecord(id, id === 'i1' ? 'Acme Tools' : 'Globex'),
    getToday: async () => emptyToday,
    getFollowUps: async () => followUps('2026-03-01'),
    getSettings: async () => ({
      ...defaultSettings,
      profile: { name: 'Sam Lee', email: 'sam@example.com', phone: '' },
    }),
    recordPractice: async ({ edgeIds }) =>
      Object.fromEntries(edgeIds.map((id) => [id, 1] as const)),
    logAttempt: async () => followUps('2026-03-17'),
    ...more,
  })
  renderWith(client, <PlayerScreen scriptId="default-call" {...props} />)
  return client
}

const step = () => screen.getByRole('region', { name: /^(You say|Before you speak)/ })
const path = () =>
  within(screen.getByRole('navigation', { name: 'Path taken' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent)
const keys = async (...pressed: string[]) => {
  for (const key of pressed) await userEvent.keyboard(key)
}

beforeEach(() => sessionStorage.clear())
afterEach(() => vi.unstubAllGlobals())

describe('the player', () => {
  it('starts with who picks up, then fills the line from the interview and the user', async () => {
    setup()
    expect(
      await screen.findByRole('region', { name: 'Before you speak Dial and listen' }),
    ).toBeVisible()
    expect(screen.getByRole('button', { name: '1 The interviewer answers' })).toBeVisible()
    expect(screen.getByRole('button', { name: '3 Someone else answers' })).toBeVisible()
    await keys('1')
    expect(screen.getByText(/Hi Dana, this is Sam Lee\. We spoke on Monday, March 2/)).toBeVisible()
    await keys('r', '2')
    expect(step()).toHaveTextContent('Voicemail message')
    expect(screen.getAllByText('[your phone number]')[0]).toHaveClass('field-missing')
    expect(screen.getByText(/Fill in \[your phone number\] in/)).toBeVisible()
  })

  it('moves with the number keys, goes back with Backspace and restarts with R', async () => {
    setup()
    await screen.findByRole('button', { name: '1 The interviewer answers' })
    expect(
      screen.getByRole('button', { name: '1 The interviewer answers' }),
    ).toHaveAccessibleDescription('never practised')
    await keys('1', '1')
    expect(step()).toHaveTextContent('Ask about concerns')
    expect(screen.getByText(/We haven't made a decision yet/)).toBeVisible()
    await keys('1')
    expect(step()).toHaveTextContent('Answer: new industry')
    expect(path()).toEqual([
      'Dial and listen, they said “The interviewer answers”',
      'Opening, they said “Not decided yet”',
      'Ask about concerns, they said “Concern: no industry experience”',
      'Answer: new industry',
    ])
    expect(step()).toHaveFocus()
    await keys('{Backspace}')
    expect(step()).toHaveTextContent('Ask about concerns')
    await keys('9')
    expect(step()).toHaveTextContent('Ask about concerns')
    await keys('r')
    expect(step()).toHaveTextContent('Dial and listen')
    expect(path()).toEqual(['Dial and listen'])
  })

  it('ignores the keys while the user is typing or choosing in a field', async () => {
    setup()
    const select = await screen.findByLabelText('Practise for')
    select.focus()
    await keys('1', '{Backspace}')
    expect(step()).toHaveTextContent('Dial and listen')
    expect(path()).toEqual(['Dial and listen'])
  })

  it('counts each reply as practised when chosen, so a run stopped halfway still counts', async () => {
    const client = setup()
    await screen.findByRole('button', { name: '1 The interviewer answers' })
    await keys('1')
    await waitFor(() => expect(client.recordPractice).toHaveBeenCalledTimes(1))
    expect(client.recordPractice).toHaveBeenLastCalledWith({
      scriptId: 'default-call',
      edgeIds: ['dial-interviewer'],
    })
    await keys('2')
    await waitFor(() => expect(client.recordPractice).toHaveBeenCalledTimes(2))
    expect(client.recordPractice).toHaveBeenLastCalledWith({
      scriptId: 'default-call',
      edgeIds: ['opening-other-direction'],
    })
    // Back and the same reply again: nothing new. Back and another reply: that one counts.
    await keys('{Backspace}', '2', '{Backspace}', '1')
    await waitFor(() => expect(client.recordPractice).toHaveBeenCalledTimes(3))
    expect(client.recordPractice).toHaveBeenLastCalledWith({
      scriptId: 'default-call',
      edgeIds: ['opening-not-decided'],
    })
    // Starting again is a new run: the same replies count again.
    await keys('r', '1')
    await waitFor(() => expect(client.recordPractice).toHaveBeenCalledTimes(4))
    expect(client.recordPractice).toHaveBeenLastCalledWith({
      scriptId: 'default-call',
      edgeIds: ['dial-interviewer'],
    })
  })

  it.each<[string, string[], string, string | null]>([
    ['their voicemail', ['2'], 'no answer', null],
    ['someone else takes a message', ['3', '2', '2'], 'no answer', null],
    ['they went another direction', ['1', '2', '2'], 'rejected', 'rejected'],
    ['they make an offer', ['1', '3', '1'], 'offer', 'offer'],
    ['a next round', ['1', '4', '1'], 'next-round', 'next-round'],
    ['not decided, no date', ['1', '1', '4', '2'], 'none', null],
  ])('presets the call log from the branch: %s', async (_name, pressed, answer, outcome) => {
    const client = setup()
    await screen.findByRole('button', { name: '1 The interviewer answers' })
    await keys(...pressed)
    const form = await screen.findByRole('form', { name: 'Made the real call? Log it' })
    const answered = within(form).getByLabelText('They answered (not voicemail)')
    if (answer === 'no answer') {
      expect(answered).not.toBeChecked()
      expect(within(form).queryByLabelText('What did they say?')).toBeNull()
    } else {
      expect(answered).toBeChecked()
      expect(within(form).getByLabelText('What did they say?')).toHaveValue(answer)
    }
    await userEvent.click(within(form).getByRole('button', { name: 'Log this call' }))
    await waitFor(() => expect(client.logAttempt).toHaveBeenCalled())
    expect(client.logAttempt.mock.calls[0]![0]).toMatchObject({
      interviewId: 'i1',
      attempt: {
        kind: 'status-check',
        channel: 'phone',
        answered: answer !== 'no answer',
        outcome,
      },
    })
    expect(await screen.findByText(/Logged a phone status check with Acme Tools/)).toBeVisible()
  })

  it('asks for the date they gave when the branch had one, and sends it', async () => {
    const client = setup()
    await screen.findByRole('button', { name: '1 The interviewer answers' })
    await keys('1', '1', '4', '1')
    const form = await screen.findByRole('form', { name: 'Made the real call? Log it' })
    expect(within(form).getByText('Did they give a date?')).toBeVisible()
    expect(within(form).getByRole('radio', { name: 'Yes' })).toBeChecked()
    const date = within(form).getByLabelText(/They expect to decide by/)
    await userEvent.click(screen.getByRole('button', { name: 'Log this call' }))
    expect(
      // The error names the pattern the date field shows, not the wire format.
      await screen.findByText(
        localiseDateError('The decision date must be a real date (YYYY-MM-DD).'),
      ),
    ).toBeVisible()
    expect(client.logAttempt).not.toHaveBeenCalled()
    const inTenDays = addCalendarDays(localToday(), 10)
    await userEvent.type(date, inTenDays)
    await userEvent.click(screen.getByRole('button', { name: 'Log this call' }))
    await waitFor(() => expect(client.logAttempt).toHaveBeenCalledTimes(1))
    expect(client.logAttempt.mock.calls[0]![0]).toMatchObject({
      attempt: { answered: true, outcome: null, decisionBy: inTenDays },
    })
  })

  it('says gently when the real call comes before its planned day, and still logs it', async () => {
    const client = setup(undefined, {}, { getFollowUps: async () => followUps('2099-03-17') })
    await screen.findByRole('button', { name: '1 The interviewer answers' })
    await keys('2')
    const form = await screen.findByRole('form', { name: 'Made the real call? Log it' })
    expect(await within(form).findByRole('note')).toHaveTextContent(
      /^A little early: this check is planned for Tue, Mar 17\. A week after your last check/,
    )
    await userEvent.click(within(form).getByRole('button', { name: 'Log this call' }))
    await waitFor(() => expect(client.logAttempt).toHaveBeenCalled())
  })

  it('asks for the user’s own example instead of making one up, and keeps it', async () => {
    const client = setup(
      undefined,
      {},
      {
        updateInterview: async ({ draft }) => ({
          ...interviewRecord('i1', 'Acme Tools'),
          industryChange: draft.industryChange,
        }),
      },
    )
    await screen.findByRole('button', { name: '1 The interviewer answers' })
    await keys('1', '1', '1')
    expect(step()).toHaveTextContent('[a time you changed fields, and how you settled in]')
    const prompt = screen.getByRole('form', { name: 'Your own answer' })
    await userEvent.type(
      within(prompt).getByLabelText('A time you changed fields and settled in'),
      'I moved from teaching into support and wrote our training guide',
    )
    await userEvent.click(within(prompt).getByRole('button', { name: 'Use this answer' }))
    await waitFor(() => expect(client.updateInterview).toHaveBeenCalledTimes(1))
    expect(client.updateInterview.mock.calls[0]![0]).toMatchObject({
      id: 'i1',
      expectedUpdatedAt: '2026-03-02T10:00:00.000Z',
      draft: {
        company: 'Acme Tools',
        industryChange: 'I moved from teaching into support and wrote our training guide',
      },
    })
  })

  it('practises for the interview whose phone check is due soonest', async () => {
    const later = interviewItem('i2', 'Globex', {
      kind: 'status-check',
      key: 'status-check:2',
      channel: 'phone',
      due: '2026-04-20',
    })
    const soon = interviewItem('i3', 'Initech')
    setup(
      undefined,
      {},
      {
        listInterviews: async () => [interview, later, soon],
        getToday: async () => ({
          ...emptyToday,
          counts: { ...emptyToday.counts, upcoming: 1 },
          upcoming: [
            {
              interviewId: 'i3',
              company: 'Initech',
              role: 'Analyst',
              effectiveDue: '2026-03-12',
              daysOverdue: 0,
              action: {
                kind: 'status-check',
                key: 'status-check:2',
                channel: 'phone',
                due: '2026-03-12',
                reason: '.',
              },
            },
          ],
        }),
      },
    )
    expect(await screen.findByLabelText('Practise for')).toHaveValue('i3')
  })

  it('practises for the interview a planned phone step linked to', async () => {
    setup(
      undefined,
      {},
      {
        listInterviews: async () => [interview, interviewItem('i2', 'Globex')],
      },
      { interviewId: 'i2' },
    )
    expect(await screen.findByLabelText('Practise for')).toHaveValue('i2')
    expect(sessionStorage.getItem('follow-through-practice-interview')).toBe('i2')
  })

  it('in surprise mode lets the employer answer with the reply practised least', async () => {
    setup(undefined, { 'dial-interviewer': 2, 'dial-someone-else': 3 })
    await userEvent.click(await screen.findByRole('button', { name: /Surprise me/ }))
    expect(screen.getByRole('button', { name: /Surprise me/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(screen.queryByRole('button', { name: '1 The interviewer answers' })).toBeNull()
    await keys('1')
    expect(step()).toHaveTextContent('Dial and listen')
    await keys('n')
    expect(step()).toHaveTextContent('Voicemail message')
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
    setup(
      undefined,
      {},
      {
        getSettings: async () => ({
          ...defaultSettings,
          speech: { enabled: true, voice: 'calm', rate: 1.3 },
        }),
      },
    )
    expect(await screen.findByText(/The employer’s lines are spoken aloud/)).toBeVisible()
    await keys('2')
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
    expect(screen.queryByRole('button', { name: /The interviewer answers/ })).toBeNull()
    await act(async () => {
      await userEvent.keyboard('1')
    })
    expect(screen.queryByRole('region', { name: /^(You say|Before you speak)/ })).toBeNull()
  })
})
