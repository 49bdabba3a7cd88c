import { expect, test } from './fixtures'
import { ComposerPage } from './pages/composer-page'
import { FollowUpsPage } from './pages/follow-ups-page'
import { InterviewsPage } from './pages/interviews-page'

test.describe('writing the follow-up messages', () => {
  test.use({ fakeNow: '2026-03-11T10:00:00' })

  test('from Today: draft the due check, fix a warning, copy, mark as sent, next check planned', async ({
    app,
  }) => {
    const page = app.page
    const tracker = new InterviewsPage(page)
    const followUps = new FollowUpsPage(page)
    const composer = new ComposerPage(page)
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click()
    await page.getByLabel('Your name').fill('Sam Rivera')
    await page.getByRole('button', { name: 'Save details' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Your details are saved.' }),
    ).toBeVisible()
    await tracker.open()
    await tracker.add({
      company: 'Acme Tools',
      role: 'Product Designer',
      date: '2026-03-03',
      interviewer: 'Dana',
    })
    await followUps.log({ what: 'Sent a thank-you', date: '2026-03-03', how: 'Email' })

    await followUps.openToday()
    await followUps
      .group('Due today')
      .getByRole('link', { name: 'Write: Check in by email (first check), Acme Tools' })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Check in by email (first check)',
    )

    // The template is filled in from the interview, and the checker finds every element.
    const message = composer.message()
    await expect(message).toHaveValue(/^Hi Dana,\n\nI hope your week is going well\./)
    await expect(message).toHaveValue(/Product Designer position I interviewed for last Tuesday/)
    await expect(message).toHaveValue(/Best regards,\nSam Rivera$/)
    for (const element of [
      'Their first name',
      'Why you are writing',
      'A direct question about next steps',
      'Thanks',
    ]) {
      await expect(
        composer.checklist().getByRole('listitem').filter({ hasText: element }),
      ).toContainText('Found:')
    }
    await expect(composer.warnings()).toContainText('Nothing to warn about')

    // A pasted desperate sentence is flagged, with the words quoted and marked in the text.
    const original = await message.inputValue()
    const desperate = original.replace(
      'I look forward to hearing from you.',
      'I really need this job, I have been out of work for months. I look forward to hearing from you.',
    )
    await message.fill(desperate)
    await expect(composer.warnings().getByRole('listitem')).toHaveCount(2)
    await expect(composer.warnings()).toContainText('“really need this job”')
    await composer
      .warnings()
      .getByRole('button', { name: 'Show “really need this job” in the message' })
      .click()
    await expect(message).toBeFocused()
    expect(
      await message.evaluate((el: HTMLTextAreaElement) =>
        el.value.slice(el.selectionStart, el.selectionEnd),
      ),
    ).toBe('really need this job')

    // Fixed: the warning goes, and the draft is kept.
    const fixed = original.replace(
      'I look forward to hearing from you.',
      'I would love to bring my research experience to the team. I look forward to hearing from you.',
    )
    await message.fill(fixed)
    await expect(composer.warnings()).toContainText('Nothing to warn about')
    await composer.expectSaved()

    // It survives leaving the page and a restart.
    await followUps.openToday()
    await page.goBack()
    await expect(composer.message()).toHaveValue(fixed)
    await followUps.openToday()
    await app.restart()
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await app.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Messages' })
      .click()
    await app.page.getByRole('link', { name: 'Acme Tools: Check-in 1 to Dana' }).click()
    const reopened = new ComposerPage(app.page)
    await expect(reopened.message()).toHaveValue(fixed)

    await app.page.getByRole('button', { name: 'Copy message' }).click()
    await expect(app.page.getByRole('status').filter({ hasText: 'Message copied' })).toBeVisible()
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(fixed)

    await reopened.markSent()
    await expect(app.page.getByRole('region', { name: 'Marked as sent' })).toContainText(
      'Next: Check in by phone (second check), due Wed, Mar 18.',
    )
    const again = new FollowUpsPage(app.page)
    await again.openToday()
    await expect(again.group('Next 14 days')).toContainText('Check in by phone (second check)')
    await expect(again.group('Next 14 days')).toContainText('Wed, Mar 18')
    await expect(
      app.page.getByRole('link', { name: 'Write: Check in by email (first check), Acme Tools' }),
    ).toHaveCount(0)
  })

  test('a thank-you for two interviewers offers one draft per person', async ({ app }) => {
    const page = app.page
    const tracker = new InterviewsPage(page)
    const composer = new ComposerPage(page)
    await tracker.open()
    await tracker.startAdding()
    await tracker.fill({
      company: 'Globex',
      role: 'UX Researcher',
      date: '2026-03-11',
      interviewer: 'Priya',
    })
    await page.getByRole('button', { name: 'Add interviewer' }).click()
    await page.getByRole('group', { name: 'Interviewer 2' }).getByLabel('First name').fill('Marco')
    await page.getByRole('button', { name: 'Save interview' }).click()
    await expect(page.getByRole('heading', { level: 1, name: /Globex/ })).toBeVisible()

    await page
      .getByRole('region', { name: 'What’s next' })
      .getByRole('link', { name: 'Write: Send a thank-you email' })
      .click()
    const people = page.getByRole('navigation', { name: 'One note per person you met' })
    await expect(people.getByRole('link')).toHaveText(['Priya', 'Marco'])
    await expect(people.getByRole('link', { name: 'Priya' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await expect(composer.message()).toHaveValue(/^Hi Priya,/)
    await expect(composer.message()).toHaveValue(/Please pass my thanks on to Marco as well/)
    await expect(composer.subject()).toHaveValue('Thank you for your time earlier today')
    // A sparse interview leaves named gaps and says where to fill them.
    const gaps = page.getByRole('region', { name: /gaps? to fill/ })
    await expect(gaps).toContainText('[a strength you bring]')
    await expect(gaps.getByRole('link', { name: 'Edit the interview' })).toBeVisible()
    await expect(composer.message()).not.toHaveValue(/undefined|\{\{/)

    await composer.markSent()
    await page.getByRole('link', { name: 'Write to Marco next' }).click()
    await expect(composer.message()).toHaveValue(/^Hi Marco,/)
    await expect(composer.message()).toHaveValue(/Please pass my thanks on to Priya as well/)
    await expect(people.getByRole('link', { name: 'Priya · sent' })).toBeVisible()
  })

  test('drafting a check before its date warns gently, with the date and why', async ({ app }) => {
    const page = app.page
    const tracker = new InterviewsPage(page)
    const composer = new ComposerPage(page)
    await tracker.open()
    await tracker.add({
      company: 'Initech',
      role: 'Analyst',
      date: '2026-03-09',
      interviewer: 'Ana',
    })
    await page
      .getByRole('region', { name: 'What’s next' })
      .getByRole('link', { name: 'Write: Check in by email (first check)' })
      .click()
    await expect(composer.warnings()).toContainText('This check is planned for Tuesday, March 17')
    await expect(composer.warnings()).toContainText('You can still send it now.')
    await expect(page.getByRole('button', { name: 'Mark as sent' })).toBeEnabled()
  })
})
