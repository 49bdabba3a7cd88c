import { expect, test } from './fixtures'
import { FollowUpsPage } from './pages/follow-ups-page'
import { InterviewsPage } from './pages/interviews-page'

test.describe('a month after the interview', () => {
  test.use({ fakeNow: '2026-04-01T10:00:00' })

  test('the plan is explained and moves with each logged attempt, all the way to moving on', async ({
    app,
  }) => {
    const page = app.page
    const tracker = new InterviewsPage(page)
    const followUps = new FollowUpsPage(page)
    await tracker.open()
    await tracker.add({
      company: 'Acme Tools',
      role: 'Product Designer',
      date: '2026-03-02',
      interviewer: 'Dana',
    })

    const next = followUps.whatsNext()
    await expect(next.getByRole('listitem')).toHaveCount(2)
    await expect(next.getByRole('listitem').first()).toContainText('Send a thank-you email')
    await expect(next.getByRole('listitem').nth(1)).toContainText('Check in by email (first check)')
    await expect(next.getByRole('listitem').nth(1)).toContainText(
      'exactly seven days can feel like a reminder set on a timer',
    )

    await followUps.log({ what: 'Sent a thank-you', date: '2026-03-02', how: 'Email' })
    await expect(next.getByRole('listitem')).toHaveCount(1)

    await followUps.log({ what: 'Checked on the status', date: '2026-03-10', how: 'Email' })
    await expect(next.getByRole('listitem').first()).toContainText(
      'Check in by phone (second check)',
    )
    await expect(next.getByRole('listitem').first()).toContainText('Tue, Mar 17')

    await followUps.log({ what: 'Checked on the status', date: '2026-03-17', how: 'Phone call' })
    await expect(next.getByRole('listitem').first()).toContainText(
      'Check in by email (third check)',
    )

    await followUps.log({ what: 'Checked on the status', date: '2026-03-24', how: 'Email' })
    await expect(next.getByRole('listitem').first()).toContainText('Time to move on')
    await expect(next.getByRole('status')).toContainText(
      'Moved on: three check-ins went unanswered',
    )

    const timeline = followUps.timeline()
    await expect(timeline.getByRole('listitem')).toHaveCount(6)
    await expect(timeline.getByRole('listitem').first()).toContainText(
      'Interviewed for Product Designer',
    )
    await expect(timeline.getByRole('listitem').last()).toContainText('Time to move on')

    // The tracker's next-step column shows the same step.
    await tracker.open()
    await expect(tracker.row('Acme Tools')).toContainText('Time to move on')

    // An answer with a decision ends the plan and offers the next round.
    await tracker.row('Acme Tools').getByRole('link', { name: 'Acme Tools', exact: true }).click()
    await followUps.log({
      what: 'Checked on the status',
      date: '2026-04-01',
      how: 'Phone call',
      answer: 'They invited me to a next round',
    })
    await expect(next.getByRole('status')).toContainText('Decided: Next round')
    await next.getByRole('link', { name: 'Add the next round' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Add the next round at Acme Tools' }),
    ).toBeVisible()
    await expect(page.getByLabel('Round')).toHaveValue('second')
    await expect(
      page.getByRole('group', { name: 'Interviewer 1' }).getByLabel('First name'),
    ).toHaveValue('Dana')
  })

  test('Today lists what is overdue; mark done, snooze and dismiss with undo', async ({ app }) => {
    const page = app.page
    const tracker = new InterviewsPage(page)
    const followUps = new FollowUpsPage(page)
    await followUps.openToday()
    await expect(page.getByRole('heading', { name: 'Waiting to hear back?' })).toBeVisible()

    await tracker.open()
    await tracker.add({ company: 'Globex', role: 'UX Researcher', date: '2026-03-30' })
    await tracker.open()
    await tracker.add({ company: 'Initech', role: 'Analyst', date: '2026-04-01' })

    await followUps.openToday()
    const overdue = followUps.group('Overdue')
    const dueToday = followUps.group('Due today')
    await expect(overdue.getByRole('listitem')).toHaveCount(1)
    await expect(overdue).toContainText('Globex')
    await expect(overdue).toContainText('2 days overdue')
    await expect(dueToday.getByRole('listitem')).toHaveCount(1)
    await expect(followUps.group('Next 14 days')).toContainText('Check in by email (first check)')

    await overdue.getByRole('button', { name: 'Mark done: Send a thank-you email, Globex' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Logged' })).toBeVisible()
    await expect(overdue).toHaveCount(0)

    await dueToday.getByRole('button', { name: 'Snooze: Send a thank-you email, Initech' }).click()
    const until = page.getByLabel('Snooze until')
    await expect(until).toBeFocused()
    await until.fill('2026-04-03')
    await page.getByRole('button', { name: 'Snooze', exact: true }).click()
    await expect(dueToday.getByRole('listitem')).toHaveCount(0)
    await expect(followUps.group('Next 14 days')).toContainText('Fri, Apr 3')

    const upcoming = followUps.group('Next 14 days')
    await upcoming.getByRole('button', { name: 'Dismiss: Send a thank-you email, Initech' }).click()
    await expect(upcoming).not.toContainText('Fri, Apr 3')
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).last().click()
    await expect(dueToday).toContainText('Initech')
  })

  test('a reopened app opens on Today already rendered, which comes alive without a redraw', async ({
    app,
  }) => {
    const tracker = new InterviewsPage(app.page)
    await tracker.open()
    await tracker.add({ company: 'Globex', role: 'UX Researcher', date: '2026-03-30' })

    const page = await app.restart()
    // The host wrote Today into the page it served (the page keeps the mark it came with).
    await expect(page.locator('#root')).toHaveAttribute('data-rendered', 'today')
    const overdue = new FollowUpsPage(page).group('Overdue')
    await expect(overdue).toContainText('Globex')
    await overdue.getByRole('button', { name: 'Mark done: Send a thank-you email, Globex' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Logged' })).toBeVisible()
    await expect(overdue).toHaveCount(0)
    // A mismatch between the host's HTML and the page's first render would be logged here.
    expect(app.errors).toEqual([])

    // Another screen opened from the navigation, and back: the page renders Today itself.
    await new InterviewsPage(page).open()
    await new FollowUpsPage(page).openToday()
    await expect(page.getByRole('heading', { level: 1, name: /Today/ })).toBeFocused()
  })
})
