import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'
import { newDataDir } from './hosts'
import { InterviewsPage } from './pages/interviews-page'
import { seedInterviews } from './seed'

test.use({ fakeNow: '2026-03-10T09:00:00' })

const nav = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })

test('toasts stay clear of every control, keep to three and leave with their screen', async ({
  app,
}) => {
  const page = app.page
  await seedInterviews(
    page,
    ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'].map((company) => ({
      company,
      interviewDate: '2026-03-02',
    })),
  )
  await nav(page, 'Interviews').click()
  for (const company of ['Acme', 'Globex', 'Initech', 'Umbrella']) {
    await page.getByRole('button', { name: `Delete ${company}` }).click()
  }
  const messages = page.getByRole('status').filter({ hasText: 'Deleted' }).locator('.toast')
  await expect(messages).toHaveCount(3)

  // Every control on the screen is still the thing under its own centre: nothing covers it.
  const main = page.getByRole('main')
  const controls = main.locator('button:visible, a:visible, select:visible, input:visible')
  expect(await controls.count()).toBeGreaterThan(3)
  const covered = await controls.evaluateAll((els) =>
    els
      .filter((el) => {
        const r = el.getBoundingClientRect()
        if (r.bottom < 0 || r.top > window.innerHeight) return false
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
        return !(hit && (hit === el || el.contains(hit)))
      })
      .map((el) => el.textContent),
  )
  expect(covered).toEqual([])
  const toastBox = (await messages.first().boundingBox())!
  const mainBox = (await main.boundingBox())!
  expect(toastBox.x + toastBox.width).toBeLessThanOrEqual(mainBox.x)

  await nav(page, 'Today').click()
  await expect(page.getByRole('heading', { level: 1, name: /Today/ })).toBeVisible()
  await expect(page.locator('.toast')).toHaveCount(0)
})

test('the sidebar’s colour reaches the bottom of a long screen', async ({ app }) => {
  const page = app.page
  const tracker = new InterviewsPage(page)
  await tracker.open()
  await tracker.startAdding()
  const sizes = await page.evaluate(() => {
    const app = document.querySelector('.app')!
    const column = getComputedStyle(app, '::before')
    const sidebar = document.querySelector('.sidebar')!
    return {
      page: document.documentElement.scrollHeight,
      window: window.innerHeight,
      column: parseFloat(column.height),
      columnColour: column.backgroundColor,
      sidebarColour: getComputedStyle(sidebar).backgroundColor,
    }
  })
  expect(sizes.page).toBeGreaterThan(sizes.window + 200)
  expect(sizes.column).toBeGreaterThanOrEqual(sizes.page - 1)
  expect(sizes.columnColour).not.toBe('rgba(0, 0, 0, 0)')
  // The sticky navigation is see-through, so the column's colour shows behind it too.
  expect(sizes.sidebarColour).toBe('rgba(0, 0, 0, 0)')
})

test('a date error names the format the date field shows', async ({ app }) => {
  const page = app.page
  const tracker = new InterviewsPage(page)
  await tracker.open()
  await tracker.startAdding()
  await tracker.fill({ company: 'Acme', role: 'Designer' })
  const date = page.getByLabel('Interview date')
  await date.fill('')
  await page.getByRole('button', { name: 'Save interview' }).click()
  // Chromium's en-US date field reads mm/dd/yyyy; the message says the same.
  await expect(date).toHaveAccessibleDescription(
    /Interview date must be a real date, as mm\/dd\/yyyy \(for example 12\/24\/\d{4}\)\./,
  )
  await expect(page).toHaveTitle('Add an interview · Follow-Through')
})

test.describe('the web host between launches', () => {
  test('reuses its last port, and an old page says where the new link is', async ({
    browser,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'web', 'the web host only')
    const dir = newDataDir()
    const env: NodeJS.ProcessEnv = { ...process.env, FOLLOWUP_DATA_DIR: dir }
    delete env.PORT
    const launch = async () => {
      const child = spawn(process.execPath, [path.resolve('out/web/server.js')], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString()
          const m = /running at (http:\/\/\S+)/.exec(out)
          if (m) resolve(m[1]!)
        })
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)))
      })
      const stop = async () => {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      return { url, stop }
    }
    const context = await browser.newContext()
    try {
      const first = await launch()
      const page = await context.newPage()
      await page.goto(first.url)
      await expect(page.getByRole('heading', { name: 'Waiting to hear back?' })).toBeVisible()
      await first.stop()

      const second = await launch()
      expect(new URL(second.url).port).toBe(new URL(first.url).port)
      // The open tab kept the first launch's token: it reloads onto the same address.
      await page.reload()
      await expect(page.getByRole('alert')).toContainText(
        'Open the link printed in the terminal where `npm run web` runs',
      )
      await page.goto(second.url)
      await expect(page.getByRole('heading', { name: 'Waiting to hear back?' })).toBeVisible()
      await second.stop()
    } finally {
      await context.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
