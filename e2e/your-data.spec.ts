import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'
import { InterviewsPage } from './pages/interviews-page'

test.use({ fakeNow: '2026-03-02T10:00:00' })

const openSettings = async (page: import('@playwright/test').Page) => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await expect(page.getByRole('heading', { level: 2, name: 'Your data' })).toBeVisible()
}

test('exports everything, then imports it back after a change, from Settings', async ({
  app,
}, testInfo) => {
  const page = app.page
  const interviews = new InterviewsPage(page)
  await interviews.open()
  await interviews.add({ company: 'Acme Tools', role: 'Product Designer', date: '2026-02-20' })
  await interviews.open()
  await interviews.add({ company: 'Globex', role: 'UX Writer', date: '2026-02-24' })

  await openSettings(page)
  const section = page.getByRole('region', { name: 'Your data' })
  const downloading = page.waitForEvent('download')
  await section.getByRole('button', { name: 'Export everything' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('Follow-Through export 2026-03-02.zip')
  const saved = testInfo.outputPath('export.zip')
  await download.saveAs(saved)
  expect(fs.statSync(saved).size).toBeGreaterThan(500)
  await expect(section.getByRole('status')).toContainText('Downloaded Follow-Through export')

  const csvDownload = page.waitForEvent('download')
  await section.getByRole('button', { name: 'Interviews as CSV' }).click()
  const csv = await csvDownload
  const csvPath = testInfo.outputPath('interviews.csv')
  await csv.saveAs(csvPath)
  expect(fs.readFileSync(csvPath, 'utf8')).toContain('Globex,UX Writer,2026-02-24')

  // A change made after the export: the import must take it back.
  await interviews.open()
  await interviews.row('Globex').getByRole('button', { name: 'Delete Globex' }).click()
  await interviews.open()
  await expect(interviews.row('Globex')).toHaveCount(0)

  // A foreign file is refused and changes nothing.
  await openSettings(page)
  const foreign = testInfo.outputPath('notes.zip')
  fs.writeFileSync(foreign, 'not a zip at all')
  await section.getByLabel('Import an export').setInputFiles(foreign)
  await section.getByRole('button', { name: 'Replace everything' }).click()
  await expect(section.getByRole('alert')).toContainText(
    'That file isn’t a Follow-Through export (it is not a zip archive). Nothing was changed.',
  )

  await section.getByLabel('Import an export').setInputFiles(saved)
  await expect(section.getByRole('group', { name: 'Replace everything?' })).toContainText(
    'Replace everything with “export.zip”?',
  )
  await page.screenshot({ path: testInfo.outputPath('your-data-confirm.png'), fullPage: true })
  await section.getByRole('button', { name: 'Replace everything' }).click()
  await expect(section.getByRole('status')).toContainText(
    'Imported: 2 interviews and 0 takes. What you had before is kept as a backup.',
  )
  await expect(section.getByRole('list', { name: 'Backups' })).toContainText(
    'Made before an import',
  )
  await page.screenshot({ path: testInfo.outputPath('your-data-imported.png'), fullPage: true })

  await interviews.open()
  await expect(interviews.row('Globex')).toHaveCount(1)
  await expect(interviews.row('Acme Tools')).toHaveCount(1)

  // Still there after a restart: the import went to disk.
  const again = await app.restart()
  const after = new InterviewsPage(again)
  await after.open()
  await expect(after.row('Globex')).toHaveCount(1)
  expect(
    fs.readdirSync(path.join(app.dataDir, 'backups')).some((f) => f.endsWith('-before-import.zip')),
  ).toBe(true)
})
