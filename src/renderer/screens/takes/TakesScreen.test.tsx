import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Take } from '../../../contract/takes-api'
import { analyzeTake } from '../../../core/audio/analyze'
import { concat, silence, tone } from '../../../core/audio/signals'
import { defaultCallScript } from '../../../core/script/default-script'
import { fakeClient } from '../../testing/fake-client'
import { renderWith } from '../../testing/render-app'
import { TakesScreen } from './TakesScreen'

const rate = 8000
const markers = [
  { nodeId: 'opening', atMs: 0 },
  { nodeId: 'ask-concerns', atMs: 2000 },
]
const spoken = analyzeTake(
  concat(tone(220, 1500, rate, 0.5), silence(2500, rate), tone(220, 1000, rate, 0.5)),
  rate,
  markers,
)
const silent = analyzeTake(silence(3000, rate), rate, [{ nodeId: 'opening', atMs: 0 }])

const take = (over: Partial<Take>): Take => ({
  id: 'a',
  name: 'Take 1',
  scriptId: 'default-call',
  mode: 'run',
  markers,
  createdAt: '2026-03-01T10:00:00.000Z',
  durationMs: 5000,
  sizeBytes: 81_000,
  mimeType: 'audio/webm;codecs=opus',
  starred: false,
  analysis: spoken,
  ...over,
})

const takes = [
  take({ id: 'a', name: 'Take 1' }),
  take({ id: 'b', name: 'Take 2', createdAt: '2026-03-02T10:00:00.000Z', starred: true }),
  take({
    id: 'c',
    name: 'Quiet line',
    mode: 'line',
    nodeId: 'opening',
    markers: [{ nodeId: 'opening', atMs: 0 }],
    createdAt: '2026-03-03T10:00:00.000Z',
    analysis: silent,
  }),
]

function client(list: Take[]) {
  return fakeClient({
    getScript: async () => ({ script: defaultCallScript, problems: [], edited: false }),
    listTakes: async () => list,
    takesUsage: async () => ({
      count: list.length,
      totalBytes: 243_000,
      folder: '/data/recordings',
      byScript: [],
    }),
  })
}

describe('TakesScreen', () => {
  it('invites a first recording when there are no takes', async () => {
    const { client: c } = client([])
    renderWith(c, <TakesScreen scriptId="default-call" />)
    expect(await screen.findByRole('heading', { name: 'No takes yet' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Practise and record' })).toHaveAttribute(
      'href',
      '#/practice/default-call',
    )
  })

  it('lists whole calls and single lines with their evidence, trend and storage', async () => {
    const { client: c } = client([takes[2]!, takes[1]!, takes[0]!])
    renderWith(c, <TakesScreen scriptId="default-call" />)
    const runs = await screen.findByRole('region', { name: 'Whole calls' })
    expect(
      within(runs)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Take 2Best take', 'Take 1'])
    const first = within(runs).getAllByRole('listitem')[1]!
    expect(first).toHaveTextContent('Whole call, 2 steps')
    expect(first).toHaveTextContent('2.5 s speaking, 2.5 s quiet (50% speaking)')
    expect(first).toHaveTextContent('1 pause over 2 s, the longest 2.5 s')
    expect(within(first).getByRole('table', { name: 'Time on each step' })).toHaveTextContent(
      'Ask about concerns3.0 s1.0 s',
    )

    const line = screen.getByRole('region', { name: 'Takes of the line “Opening”' })
    expect(within(line).getByRole('note')).toHaveTextContent('This take is very quiet')
    expect(
      screen.getByRole('region', { name: /^Across your 2 whole-call takes/ }),
    ).toHaveTextContent('The take length stayed at 0:05.')
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Storage' })).toHaveTextContent(
        'In total, 3 takes use 243 kB.',
      ),
    )
  })

  it('shows speaking pace per take and per step, a calm note when quick, and its trend', async () => {
    const paced = (wpm: number, opening: number | null, concerns: number | null) => ({
      ...spoken,
      pace: { wordsPerMinute: wpm, syllablesPerSecond: 3.5 },
      perNode: [
        { ...spoken.perNode[0]!, wordsPerMinute: opening },
        { ...spoken.perNode[1]!, wordsPerMinute: concerns },
      ],
    })
    const { client: c } = client([
      take({
        id: 'new',
        name: 'Take 3',
        createdAt: '2026-03-04T10:00:00.000Z',
        analysis: paced(188, 150, 201),
      }),
      take({ id: 'old', name: 'Take 1' }),
    ])
    renderWith(c, <TakesScreen scriptId="default-call" />)
    const runs = await screen.findByRole('region', { name: 'Whole calls' })
    const [latest, oldest] = within(runs).getAllByRole('listitem')
    expect(latest).toHaveTextContent('PaceAbout 188 words a minute')
    expect(within(latest!).getByRole('note')).toHaveTextContent(
      /^This take runs quick, about 188 words a minute/,
    )
    const table = within(latest!).getByRole('table', { name: 'Time on each step' })
    expect(within(table).getByRole('columnheader', { name: 'Pace (words a minute)' })).toBeVisible()
    expect(table).toHaveTextContent('Opening')
    expect(table).toHaveTextContent('150')
    expect(table).toHaveTextContent('201 (quick)')
    expect(oldest).toHaveTextContent('PaceNot measured (recorded before pace was added)')
    expect(
      within(oldest!).queryByRole('columnheader', { name: 'Pace (words a minute)' }),
    ).toBeNull()
    expect(
      screen.getByRole('region', { name: /^Across your 2 whole-call takes/ }),
    ).toHaveTextContent(
      'Speaking pace can’t be compared: the first take was saved before pace was measured.',
    )
  })

  it('renames, stars and deletes with undo', async () => {
    const user = userEvent.setup()
    const { client: c } = client(takes)
    c.renameTake.mockResolvedValue(takes[0])
    c.starTake.mockResolvedValue(takes[0])
    c.deleteTake.mockResolvedValue(undefined)
    c.restoreTake.mockResolvedValue(takes[0])
    renderWith(c, <TakesScreen scriptId="default-call" />)

    await user.click(await screen.findByRole('button', { name: 'Rename Take 1' }))
    const name = screen.getByLabelText('Name')
    // The field takes focus in an effect after it mounts (TextInput's autoFocus).
    await waitFor(() => expect(name).toHaveFocus())
    await user.clear(name)
    await user.type(name, '  Calmer opening {Enter}')
    await waitFor(() =>
      expect(c.renameTake).toHaveBeenCalledWith({ id: 'a', name: 'Calmer opening' }),
    )
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rename Take 1' })).toHaveFocus())

    await user.click(screen.getByRole('button', { name: '☆ Mark as best (Take 1)' }))
    expect(c.starTake).toHaveBeenCalledWith({ id: 'a', starred: true })

    await user.click(screen.getByRole('button', { name: 'Delete Take 1' }))
    expect(c.deleteTake).toHaveBeenCalledWith({ id: 'a' })
    const toast = await screen.findByText('Deleted “Take 1”.')
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }))
    expect(c.restoreTake).toHaveBeenCalledWith({ id: 'a' })
  })

  it('deletes old takes in bulk, keeping best takes, with undo', async () => {
    const user = userEvent.setup()
    const { client: c } = client(takes)
    c.deleteTakes.mockResolvedValue({ ids: ['a', 'c'], bytes: 162_000 })
    c.restoreTakes.mockResolvedValue([])
    renderWith(c, <TakesScreen scriptId="default-call" />)
    const storage = await screen.findByRole('region', { name: 'Storage' })
    await user.selectOptions(within(storage).getByLabelText('Delete takes older than'), 'a week')
    await user.click(within(storage).getByRole('button', { name: 'Delete older takes' }))
    expect(c.deleteTakes).toHaveBeenCalledWith({
      olderThan: expect.any(String),
      scriptId: 'default-call',
      keepStarred: true,
    })
    const toast = await screen.findByText('Deleted 2 takes (162 kB).')
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }))
    expect(c.restoreTakes).toHaveBeenCalledWith({ ids: ['a', 'c'] })
  })

  it('selects takes to compare or delete together', async () => {
    const user = userEvent.setup()
    const { client: c } = client(takes)
    c.deleteTakes.mockResolvedValue({ ids: ['a', 'b'], bytes: 1 })
    renderWith(c, <TakesScreen scriptId="default-call" />)
    await user.click(await screen.findByRole('checkbox', { name: 'Select Take 1' }))
    const bar = screen.getByRole('region', { name: 'Selected takes' })
    expect(within(bar).getByRole('button', { name: 'Compare the two' })).toBeDisabled()
    await user.click(screen.getByRole('checkbox', { name: 'Select Take 2' }))
    expect(within(bar).getByRole('button', { name: 'Compare the two' })).toBeEnabled()
    await user.click(within(bar).getByRole('button', { name: 'Delete selected' }))
    expect(c.deleteTakes).toHaveBeenCalledWith({ ids: ['a', 'b'] })
  })

  describe('getting at the file', () => {
    afterEach(() => {
      delete (window as { api?: unknown }).api
      vi.restoreAllMocks()
    })

    it('offers a download in the web host, never a path on the host', async () => {
      const user = userEvent.setup()
      const { client: c } = client([takes[0]!])
      c.exportTake.mockResolvedValue({ outcome: 'download', fileName: 'Take 1.webm' })
      c.getTakeAudio.mockResolvedValue({ mimeType: 'audio/webm', audio: new ArrayBuffer(8) })
      const clicked: string[] = []
      vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:take')
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        clicked.push(this.download)
      })
      renderWith(c, <TakesScreen scriptId="default-call" />)
      await user.click(await screen.findByRole('button', { name: 'Download Take 1' }))
      expect(screen.queryByRole('button', { name: /Show the file/ })).toBeNull()
      expect(c.revealTake).not.toHaveBeenCalled()
      await waitFor(() => expect(clicked).toEqual(['Take 1.webm']))
      expect(screen.queryByText(/The file is at/)).toBeNull()
    })

    it('shows the file in the file manager on the desktop', async () => {
      const user = userEvent.setup()
      const { client: c } = client([takes[0]!])
      ;(window as { api?: unknown }).api = c
      c.revealTake.mockResolvedValue({ revealed: true, path: '/data/recordings/a.webm' })
      renderWith(c, <TakesScreen scriptId="default-call" />)
      await user.click(await screen.findByRole('button', { name: 'Show the file of Take 1' }))
      expect(c.revealTake).toHaveBeenCalledWith({ id: 'a' })
      expect(screen.getByRole('button', { name: 'Export a copy of Take 1' })).toBeInTheDocument()
      expect(await screen.findByText(/Shown in your file manager/)).toBeInTheDocument()
    })
  })
})
