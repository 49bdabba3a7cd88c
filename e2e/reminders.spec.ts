import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { FollowUpsPage } from './pages/follow-ups-page'
import { InterviewsPage } from './pages/interviews-page'

/** What the page showed as system notifications (recorded by the init script in hosts.ts). */
const shown = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __notifications: { title: string; body: string }[] }).__notifications,
  )

async function turnOnNotifications(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByRole('button', { name: 'Turn on desktop notifications' }).click()
  await expect(page.getByText('Desktop notifications are on for this browser.')).toBeVisible()
}

test.describe('reminders in the web host', () => {
  // A reminder check every half second instead of every minute.
  test.use({ hostEnv: { FOLLOWUP_REMINDER_CHECK_MS: '500' } })

  test.describe('at the reminder time', () => {
    test.use({ fakeNow: '2026-03-02T08:59:35', notifications: 'unasked' })

    test('once allowed, the reminder comes as a system notification at 09:00', async ({ app }) => {
      test.skip(test.info().project.name !== 'web', 'system Web Notifications are the web host’s')
      const page = app.page
      await turnOnNotifications(page)
      const tracker = new InterviewsPage(page)
      await tracker.open()
      await tracker.add({
        company: 'Acme Tools',
        role: 'Product Designer',
        date: '2026-03-02',
        interviewer: 'Dana',
      })
      // Nothing before 09:00 (the fake clock started at 08:59:35).
      expect(await shown(page)).toEqual([])
      await expect
        .poll(() => shown(page), { timeout: 40_000 })
        .toEqual([
          {
            title: 'Send a thank-you email · Acme Tools',
            body: expect.stringContaining('For Dana, about the Product Designer interview'),
          },
        ])
      // A system notification, not the in-page fallback.
      await expect(page.getByRole('region', { name: /^Reminder:/ })).toHaveCount(0)
    })
  })

  test.describe('after a late start', () => {
    test.use({ fakeNow: '2026-03-02T08:00:00' })

    test('what came due while closed arrives once, as one summary, when a page opens', async ({
      app,
    }) => {
      test.skip(test.info().project.name !== 'web', 'system Web Notifications are the web host’s')
      const tracker = new InterviewsPage(app.page)
      await tracker.open()
      await tracker.add({ company: 'Acme Tools', role: 'Designer', date: '2026-03-02' })
      await tracker.open()
      await tracker.add({ company: 'Globex', role: 'Analyst', date: '2026-03-02' })

      // Closed over the reminder time; started again at 11:30 by a user who allowed notifications.
      let page = await app.restart({ fakeNow: '2026-03-02T11:30:00', notifications: 'allowed' })
      await expect
        .poll(() => shown(page), { timeout: 15_000 })
        .toEqual([
          {
            title: '2 follow-ups are due',
            body: expect.stringMatching(
              /^(?=.*Acme Tools: send a thank-you email)(?=.*Globex: send a thank-you email).*Open Today/,
            ),
          },
        ])

      // Reopened later the same day: nothing is repeated.
      page = await app.restart({ fakeNow: '2026-03-02T13:00:00' })
      await new FollowUpsPage(page).openToday()
      await page.waitForTimeout(2500)
      expect(await shown(page)).toEqual([])
    })

    test('without permission the reminder shows as a banner that opens the interview', async ({
      app,
    }) => {
      test.skip(test.info().project.name !== 'web', 'the desktop app shows OS notifications')
      const tracker = new InterviewsPage(app.page)
      await tracker.open()
      await tracker.add({ company: 'Initech', role: 'Analyst', date: '2026-03-02' })
      const page = await app.restart({ fakeNow: '2026-03-02T10:00:00' })
      const banner = page.getByRole('region', {
        name: 'Reminder: Send a thank-you email · Initech',
      })
      await expect(banner).toBeVisible({ timeout: 15_000 })
      await banner.getByRole('button', { name: 'Open' }).click()
      await expect(page.getByRole('heading', { level: 1, name: /Initech/ })).toBeVisible()
      // On that step: focus lands on it, so the keyboard and screen readers start there.
      await expect(page.getByRole('listitem', { name: 'Send a thank-you email' })).toBeFocused()
      await expect(banner).toHaveCount(0)
    })
  })
})
