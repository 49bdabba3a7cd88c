import { expect, test } from './fixtures'
import { returningUser, seedInterviews } from './seed'

test.use({ fakeNow: '2026-03-10T09:00:00' })

const nav = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })

test('Insights opens from the navigation and its tables carry the numbers', async ({ app }) => {
  const page = app.page
  await expect(page.getByRole('heading', { level: 1, name: /Today/ })).toBeVisible()
  await seedInterviews(page, returningUser)

  await nav(page, 'Insights').click()
  await expect(page.getByRole('heading', { level: 1, name: /Insights/ })).toBeVisible()
  await expect(page).toHaveTitle('Insights · Follow-Through')

  // Email: 5 checks, 2 answered; phone: 2 checks (too few for a rate).
  const channels = page.getByRole('table', { name: 'Answers to status checks, by channel' })
  const email = channels.getByRole('row', { name: /^Email/ })
  await expect(email.getByRole('cell')).toHaveText(['5', '2', '40%'])
  await expect(channels.getByRole('row', { name: /^Phone call/ }).getByRole('cell')).toHaveText([
    '2',
    '1',
    'Too few',
  ])
  await expect(page.getByText('Email got an answer 2 times out of 5 (40%).')).toBeVisible()
  await expect(page.getByRole('img', { name: /by channel/ })).toBeVisible()

  const outcomes = page.getByRole('table', { name: 'Where your interviews stand' })
  await expect(outcomes.getByRole('row', { name: /^Moved on/ }).getByRole('cell')).toHaveText('1')
  await expect(outcomes.getByRole('row', { name: /^Offer/ }).getByRole('cell')).toHaveText('1')

  // Practice has no takes yet: it says so instead of drawing an empty chart.
  await expect(page.getByText('No recordings yet.', { exact: false })).toBeVisible()
  await expect(page.getByRole('img', { name: 'Recordings made each week' })).toHaveCount(0)
})

test('the example interview is added and removed with the keyboard, and survives a restart', async ({
  app,
}) => {
  let page = app.page
  await expect(page.getByRole('heading', { name: 'Waiting to hear back?' })).toBeVisible()
  const tryIt = page.getByRole('button', { name: 'Try it with an example interview' })
  await expect(page.getByRole('link', { name: 'Add your first interview' })).toBeVisible()
  await tryIt.focus()
  await page.keyboard.press('Enter')

  const banner = (p: typeof page) =>
    p.getByRole('region', { name: 'You’re trying Follow-Through with an example' })
  await expect(banner(page)).toBeFocused()
  await expect(page.getByRole('region', { name: /^Due today/ })).toContainText(
    'Brightside Labs (example)',
  )

  // A restart keeps it, still marked as the example.
  page = await app.restart()
  await expect(banner(page)).toBeVisible()
  await page.getByRole('link', { name: 'Brightside Labs (example)' }).first().click()
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Thank-you sent')
  await expect(page.getByRole('note')).toContainText('This is the example interview')
  await expect(page).toHaveTitle('Interview · Brightside Labs (example) · Follow-Through')
  await page.goBack()

  const remove = page.getByRole('button', { name: 'Remove the example' })
  await remove.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Waiting to hear back?' })).toBeVisible()
  await expect(page.getByRole('status').getByText('Removed the example interview.')).toBeVisible()
  await nav(page, 'Interviews').click()
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible()
})
