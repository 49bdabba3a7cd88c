import { expect, test } from '../e2e/fixtures'
import { InterviewsPage } from '../e2e/pages/interviews-page'
import { PracticePage } from '../e2e/pages/practice-page'
import { TakesPage } from '../e2e/pages/takes-page'
import { returningUser, seedInterviews, seedTake } from '../e2e/seed'

test.use({ fakeNow: '2026-03-10T09:00:00' })

const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: true })

/** Closes any messages so they don't cover the picture, and scrolls up so the sticky navigation sits at the top. */
async function clearToasts(page: import('@playwright/test').Page) {
  const close = page.getByRole('button', { name: 'Close message' })
  while ((await close.count()) > 0) await close.first().click()
  await page.evaluate(() => window.scrollTo(0, 0))
}

const openInsights = async (page: import('@playwright/test').Page) => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Insights' })
    .click()
  await expect(page.getByRole('region', { name: 'Call practice' })).toBeVisible()
}

test('README screenshots', async ({ app }) => {
  let page = app.page
  // The list says how overdue a step is from the page's own clock; the host's is faked, so this
  // one is too, or the pictures would disagree about what day it is.
  await page.clock.setFixedTime(new Date('2026-03-10T09:00:00'))
  const tracker = new InterviewsPage(page)
  // What a new user sees first, and Insights before there is anything to show.
  await expect(page.getByRole('button', { name: 'Try it with an example interview' })).toBeVisible()
  await page.screenshot(shot('first-run'))
  await openInsights(page)
  await page.screenshot(shot('insights-empty'))
  await tracker.open()
  await clearToasts(page)
  await page.screenshot(shot('empty'))
  for (const i of [
    { company: 'Acme Tools', role: 'Product Designer', date: '2026-03-02', interviewer: 'Dana' },
    { company: 'Globex', role: 'UX Researcher', date: '2026-02-20', interviewer: 'Priya' },
    { company: 'Initech', role: 'Design Systems Lead', date: '2026-03-06', interviewer: 'Marco' },
  ]) {
    await tracker.open()
    await tracker.add(i)
  }
  await tracker.open()
  await expect(tracker.row('Globex')).toBeVisible()
  await clearToasts(page)
  await page.screenshot(shot('interviews'))
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('region', { name: /^Overdue/ })).toBeVisible()
  await clearToasts(page)
  await page.screenshot(shot('today'))
  await tracker.open()
  await page.getByRole('link', { name: 'Acme Tools', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Acme Tools/ })).toBeVisible()
  await page.getByRole('button', { name: 'Log a follow-up' }).click()
  await page.getByLabel('What did you do?').selectOption({ label: 'Sent a thank-you' })
  await page.getByLabel('When').fill('2026-03-02')
  await page.getByRole('button', { name: 'Save to the log' }).click()
  await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('listitem')).toHaveCount(3)
  await clearToasts(page)
  await page.screenshot(shot('interview'))
  await page.getByRole('link', { name: 'Edit', exact: true }).click()
  await clearToasts(page)
  await page.screenshot(shot('form'))
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByLabel('Holiday', { exact: true }).fill('2026-04-03')
  await page.getByRole('button', { name: 'Add holiday' }).click()
  await expect(page.getByRole('list', { name: 'Your holidays' })).toBeVisible()
  await clearToasts(page)
  await page.screenshot(shot('settings'))

  // Call practice: the player mid-call with a recording, then the takes it made.
  const practice = new PracticePage(page)
  const takes = new TakesPage(page)
  await practice.open()
  await clearToasts(page)
  await page.screenshot(shot('practice'))
  await page.getByRole('link', { name: 'Practise Follow-up call' }).click()
  await takes.recordingPanel().getByRole('button', { name: 'Record the whole call' }).click()
  await expect(takes.meter()).toBeVisible()
  await practice.pickUp()
  await page.waitForTimeout(2500)
  await practice.reply('1 Not decided yet').click()
  await page.waitForTimeout(1500)
  await practice.reply(/Concern: no industry experience/).click()
  await page.waitForTimeout(1500)
  await clearToasts(page)
  await page.screenshot(shot('player'))
  await takes.recordingPanel().getByRole('button', { name: 'Stop and save' }).click()
  await expect(takes.recordingPanel().getByRole('status')).toContainText('Saved', {
    timeout: 15_000,
  })
  await takes.openFromPlayer()
  await expect(takes.take('Take 1')).toBeVisible()
  await clearToasts(page)
  await page.screenshot(shot('takes'))
  await page.goBack()
  await page.goBack()
  await practice.openEditor()
  await clearToasts(page)
  await page.screenshot(shot('editor'))

  // Messages: the due check drafted from the interview, with a gap and a warning the checker
  // explains, in both themes.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await page
    .getByRole('link', { name: 'Write: Check in by email (first check), Acme Tools' })
    .click()
  const message = page.getByRole('textbox', { name: 'Message', exact: true })
  const draft = await message.inputValue()
  await message.fill(
    draft.replace(
      'I look forward to hearing from you.',
      'I really need this job. I look forward to hearing from you.',
    ),
  )
  await expect(page.getByRole('region', { name: /^Warnings/ })).toContainText(
    'really need this job',
  )
  await clearToasts(page)
  await page.screenshot(shot('composer'))
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByLabel('Theme').selectOption({ label: 'Dark' })
  await page.goBack()
  await expect(page.getByRole('region', { name: /^Warnings/ })).toContainText(
    'really need this job',
  )
  await clearToasts(page)
  await page.screenshot(shot('composer-dark'))
  // A returning user: a few months of interviews and follow-ups, and practice over three weeks.
  await seedInterviews(page, returningUser)
  const weeks = [
    { now: '2026-02-18T18:00:00', speakingShare: 0.55, longPauses: 4, levelDbfs: -31 },
    { now: '2026-02-25T18:00:00', speakingShare: 0.63, longPauses: 3, levelDbfs: -27 },
    { now: '2026-03-04T18:00:00', speakingShare: 0.7, longPauses: 2, levelDbfs: -23 },
  ]
  for (const { now, ...evidence } of weeks) {
    page = await app.restart({ fakeNow: now })
    await expect(page.getByRole('heading', { level: 1, name: /Today/ })).toBeVisible()
    await seedTake(page, evidence)
    await seedTake(page, { ...evidence, speakingShare: evidence.speakingShare + 0.04 })
  }
  page = await app.restart()
  await openInsights(page)
  await expect(page.getByRole('img', { name: 'Recordings made each week' })).toBeVisible()
  await page.screenshot(shot('insights'))
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot(shot('insights-dark'))
})
