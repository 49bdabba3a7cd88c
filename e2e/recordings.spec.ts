import type { Page } from '@playwright/test'
import { fixturePath } from './hosts'
import { expect, test } from './fixtures'
import { PracticePage } from './pages/practice-page'
import { TakesPage } from './pages/takes-page'

/** The elapsed timer in seconds ("0:03" → 3). */
async function elapsed(takes: TakesPage): Promise<number> {
  const [m, s] = (await takes.elapsed().innerText()).split(':').map(Number)
  return m! * 60 + s!
}

/** Records on for `seconds` more, by the panel's own timer. */
async function recordFor(takes: TakesPage, seconds: number) {
  const until = (await elapsed(takes)) + seconds
  await expect
    .poll(() => elapsed(takes), { timeout: (seconds + 5) * 1000 })
    .toBeGreaterThanOrEqual(until)
}

/** Counts decodes from now on: evidence and waveforms are measured live, never by decoding. */
async function countDecodes(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { decodes: number }
    w.decodes = 0
    const decode = BaseAudioContext.prototype.decodeAudioData
    BaseAudioContext.prototype.decodeAudioData = function (...args) {
      w.decodes++
      return decode.apply(this, args)
    }
  })
  return () => page.evaluate(() => (window as unknown as { decodes: number }).decodes)
}

const parseClock = (text: string) => {
  const [m, s] = text.split(':').map(Number)
  return m! * 60 + s!
}

test('records a whole call across four steps, keeps it across a restart, and plays it back', async ({
  app,
}) => {
  const page = app.page
  const practice = new PracticePage(page)
  const takes = new TakesPage(page)
  await practice.open()
  await page.getByRole('link', { name: 'Practise Follow-up call' }).click()
  await expect(practice.currentStep()).toContainText('Dial and listen')
  const decodes = await countDecodes(page)
  // What the page sends while recording and at Stop, by API method.
  const sent: { method: string; bytes: number }[] = []
  page.on('request', (r) => {
    const method = /\/api\/(\w+)$/.exec(r.url())?.[1]
    if (method) sent.push({ method, bytes: r.postDataBuffer()?.length ?? 0 })
  })

  // The fake microphone plays the speech WAV from the moment recording starts.
  await takes.recordingPanel().getByRole('button', { name: 'Record the whole call' }).click()
  await expect(takes.meter()).toBeVisible()
  await expect
    .poll(async () => Number(await takes.meter().getAttribute('aria-valuenow')))
    .toBeGreaterThan(10)
  await practice.pickUp()
  await recordFor(takes, 2)
  await practice.reply('1 Not decided yet').click()
  await expect(practice.currentStep()).toContainText('Ask about concerns')
  await expect(takes.recordingPanel()).toContainText('now on “Ask about concerns”')
  await recordFor(takes, 1)
  await practice.reply(/Concern: no industry experience/).click()
  await expect(practice.currentStep()).toContainText('Answer: new industry')
  await recordFor(takes, 1)
  const shownAtStop = await elapsed(takes)
  await takes.recordingPanel().getByRole('button', { name: 'Stop and save' }).click()
  await expect(takes.recordingPanel().getByRole('status')).toContainText('Saved “Take 1”', {
    timeout: 15_000,
  })

  await takes.openFromPlayer()
  const take = takes.take('Take 1')
  await expect(take).toContainText('Whole call, 4 steps')
  // The listed length matches what the timer showed at Stop, and speech was found in it.
  const lengthAndSize = / · (\d+:\d\d) · [\d.]+ k?B/
  const meta = await take.getByText(lengthAndSize).innerText()
  const listed = parseClock(meta.match(lengthAndSize)![1]!)
  expect(listed).toBeGreaterThanOrEqual(Math.max(4, shownAtStop))
  expect(listed).toBeLessThanOrEqual(shownAtStop + 2)
  await expect(take).toContainText(/[1-9]\d*\.\d s speaking/)
  await expect(take).not.toContainText('No speech picked up')
  // Pace measured from the real recording, for the take and in the table of steps.
  await expect(take).toContainText(/PaceAbout \d+ words a minute/)
  const table = take.getByRole('table', { name: 'Time on each step' })
  await expect(table.getByRole('row')).toHaveCount(5)
  await expect(table.getByRole('columnheader', { name: 'Pace (words a minute)' })).toBeVisible()
  // All of it was measured while recording: Stop decoded nothing.
  expect(await decodes()).toBe(0)
  // The audio went to the host a second at a time while recording, so Stop sent no audio.
  expect(sent.filter((r) => r.method === 'appendTakeAudio').length).toBeGreaterThanOrEqual(4)
  const save = sent.filter((r) => r.method === 'saveTake')
  expect(save).toHaveLength(1)
  expect(save[0]!.bytes).toBeLessThan(20_000)

  // The take survives the host restarting, and plays back with its step markers.
  const reopened = await app.restart()
  const again = new PracticePage(reopened)
  const takesAgain = new TakesPage(reopened)
  await again.open()
  await reopened.getByRole('link', { name: 'Practise Follow-up call' }).click()
  await takesAgain.openFromPlayer()
  const saved = takesAgain.take('Take 1')
  const playerDecodes = await countDecodes(reopened)
  await saved.getByRole('button', { name: 'Listen (Take 1)' }).click()
  const position = takesAgain.slider('Take 1')
  await expect(position).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 })
  // The waveform was drawn from the outline saved with the take.
  expect(await playerDecodes()).toBe(0)
  await expect(position).toHaveAttribute('aria-valuenow', '0')

  const steps = saved.getByRole('list', { name: 'Steps in Take 1' }).getByRole('listitem')
  await expect(steps).toHaveCount(4)
  const marker = steps.nth(2)
  const markerTime = (await marker.innerText()).match(/(\d+):(\d\d)\.(\d)/)
  expect(markerTime).not.toBeNull()
  const [, m, s, tenths] = markerTime!
  const expected = Number(m) * 60 + Number(s) + Number(tenths) / 10
  expect(expected).toBeGreaterThan(1)
  await marker.getByRole('button', { name: 'Jump to Ask about concerns' }).click()
  await expect
    .poll(async () => Number(await position.getAttribute('aria-valuenow')))
    .toBeCloseTo(expected, 0)
  await expect(position).toHaveAttribute(
    'aria-valuetext',
    new RegExp(`^${m}:${s}\\.${tenths} of \\d+:\\d\\d\\.\\d$`),
  )

  // And it plays from there.
  await saved.getByRole('button', { name: 'Play', exact: true }).click()
  await expect
    .poll(async () => Number(await position.getAttribute('aria-valuenow')))
    .toBeGreaterThan(expected + 0.3)
  await saved.getByRole('button', { name: 'Pause', exact: true }).click()
})

test.describe('with a silent microphone', () => {
  test.use({ microphoneWav: fixturePath('silence.wav') })

  test('a silent take is saved, with a calm too-quiet note', async ({ app }) => {
    const page = app.page
    const practice = new PracticePage(page)
    const takes = new TakesPage(page)
    await practice.open()
    await page.getByRole('link', { name: 'Practise Follow-up call' }).click()
    await practice.pickUp()
    await takes.recordingPanel().getByRole('button', { name: 'Record this line only' }).click()
    await recordFor(takes, 2)
    await takes.recordingPanel().getByRole('button', { name: 'Stop and save' }).click()
    const status = takes.recordingPanel().getByRole('status')
    await expect(status).toContainText('Saved “Take 1”', { timeout: 15_000 })
    await expect(status).toContainText('This take is very quiet')

    await takes.openFromPlayer()
    const take = takes.take('Take 1')
    await expect(take).toContainText('Line: Opening')
    await expect(take.getByRole('note')).toContainText(
      'This take is very quiet: no speech was picked up.',
    )
    await expect(take).toContainText('No speech picked up')
  })
})

test('recording and playback work from the keyboard alone', async ({ app }) => {
  const page = app.page
  const practice = new PracticePage(page)
  const takes = new TakesPage(page)
  await practice.openPlayerByKeyboard()
  const record = takes.recordingPanel().getByRole('button', { name: 'Record this line only' })
  await practice.tabTo(record)
  await page.keyboard.press('Enter')
  // The start button is gone once recording runs; focus moves to the one that stops it.
  const stop = takes.recordingPanel().getByRole('button', { name: 'Stop and save' })
  await expect(stop).toBeFocused()
  await recordFor(takes, 2)
  await page.keyboard.press('Enter')
  await expect(takes.recordingPanel().getByRole('status')).toContainText('Saved “Take 1”', {
    timeout: 15_000,
  })
  await expect(
    takes.recordingPanel().getByRole('button', { name: 'Record the whole call' }),
  ).toBeFocused()

  await practice.tabTo(takes.recordingPanel().getByRole('link', { name: 'Listen to it' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /^Your takes/ })).toBeFocused()
  await practice.tabTo(page.getByRole('button', { name: 'Listen (Take 1)' }))
  await page.keyboard.press('Enter')
  const position = takes.slider('Take 1')
  await expect(position).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 })
  await practice.tabTo(position)
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  await page.keyboard.press('Space')
  await page.keyboard.press('Home')
  await expect(position).toHaveAttribute('aria-valuenow', '0')
  await page.keyboard.press('ArrowRight')
  await expect
    .poll(async () => Number(await position.getAttribute('aria-valuenow')))
    .toBeGreaterThan(1)
})
