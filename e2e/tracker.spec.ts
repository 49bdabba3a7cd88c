import { expect, test } from './fixtures'
import { InterviewsPage } from './pages/interviews-page'

test('add, edit, search, delete with undo, and keep data across a restart', async ({ app }) => {
  const page = app.page
  const tracker = new InterviewsPage(page)
  await tracker.open()
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible()

  await tracker.add({
    company: 'Acme Tools',
    role: 'Product Designer',
    date: '2026-03-02',
    interviewer: 'Dana',
  })
  await tracker.open()
  await tracker.add({ company: 'Globex', role: 'UX Researcher', date: '2026-02-20' })

  // Edit: the change shows on the interview page and in the list.
  await tracker.open()
  await page.getByRole('link', { name: 'Edit Acme Tools' }).click()
  await page.getByLabel('Job title').fill('Senior Product Designer')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Senior Product Designer')

  // Search narrows the list and says how many are shown.
  await tracker.open()
  await page.getByRole('searchbox', { name: 'Search' }).fill('glob')
  await expect(tracker.row('Globex')).toBeVisible()
  await expect(tracker.row('Acme Tools')).toHaveCount(0)
  await expect(page.getByText('Showing 1 of 2 interviews')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search' }).fill('')

  // Delete, then undo from the message.
  await page.getByRole('button', { name: 'Delete Globex' }).click()
  await expect(tracker.row('Globex')).toHaveCount(0)
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(tracker.row('Globex')).toBeVisible()

  // Everything survives the host restarting.
  const reopened = await app.restart()
  const again = new InterviewsPage(reopened)
  await again.open()
  await expect(again.row('Acme Tools')).toContainText('Senior Product Designer')
  await expect(again.row('Globex')).toBeVisible()
})

test('bad input is explained beside the field and nothing is saved', async ({ app }) => {
  const page = app.page
  const tracker = new InterviewsPage(page)
  await tracker.open()
  await tracker.startAdding()
  await tracker.fill({ company: '   ', role: 'Designer' })
  await page.getByRole('button', { name: 'Save interview' }).click()
  await expect(page.getByRole('alert')).toContainText('Please fix the highlighted fields')
  const company = page.getByLabel('Company')
  await expect(company).toHaveAttribute('aria-invalid', 'true')
  await expect(company).toBeFocused()
  await expect(page.getByText('Company is required.')).toBeVisible()

  await page.getByLabel('When will they decide?').selectOption({ label: 'In a number of weeks' })
  await page.getByLabel('Number of weeks').fill('-2')
  await company.fill('Initech')
  await page.getByRole('button', { name: 'Save interview' }).click()
  await expect(page.getByText('Number of weeks must be at least 1.')).toBeVisible()

  await page.getByRole('button', { name: 'Cancel' }).click()
  await tracker.open()
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible()
})

test('the tracker works from the keyboard alone', async ({ app }) => {
  const page = app.page
  const tracker = new InterviewsPage(page)
  await tracker.open()
  await page.getByRole('link', { name: 'Add your first interview' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Company')).toBeFocused()
  await page.keyboard.type('Umbrella')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Data Analyst')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /Umbrella/ })).toBeFocused()
})
