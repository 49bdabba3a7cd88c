import { expect, test } from './fixtures'
import { FollowUpsPage } from './pages/follow-ups-page'
import { InterviewsPage } from './pages/interviews-page'
import { PracticePage } from './pages/practice-page'

// Issue 12: answers and dates given on a check, a truthful end-of-call log, the call script's
// branches, and practising a planned phone step. 2026-04-01 is a Wednesday.
test.use({ fakeNow: '2026-04-01T10:00:00' })

async function addAcme(tracker: InterviewsPage, date = '2026-03-02') {
  await tracker.open()
  await tracker.add({ company: 'Acme Tools', role: 'Product Designer', date, interviewer: 'Dana' })
}

test('an answered check with a date plans the next check two business days after it', async ({
  app,
}) => {
  const page = app.page
  const tracker = new InterviewsPage(page)
  const followUps = new FollowUpsPage(page)
  await addAcme(tracker)
  await followUps.log({ what: 'Sent a thank-you', date: '2026-03-02', how: 'Email' })
  await followUps.log({
    what: 'Checked on the status',
    date: '2026-03-10',
    how: 'Email',
    answer: 'No decision yet',
    decisionBy: '2026-04-03',
  })

  // Friday Apr 3 + two business days = Tuesday Apr 7, not a week after the check (Mar 17).
  const next = followUps.whatsNext().getByRole('listitem')
  await expect(next).toHaveCount(1)
  await expect(next).toContainText('Check in by phone (second check)')
  await expect(next).toContainText('Tue, Apr 7')
  await expect(next).toContainText(
    'They said they would decide by Fri, Apr 3: two business days past that gives them room to finish before you ask.',
  )
  await expect(followUps.timeline()).toContainText(
    'They answered: they expect to decide by Fri, Apr 3',
  )

  // Logging a check before then is allowed, with a calm word saying when and why.
  await followUps.whatsNext().getByRole('button', { name: 'Log a follow-up' }).click()
  const form = page.getByRole('form', { name: 'Log a follow-up' })
  await expect(form.getByRole('note')).toHaveText(
    /^A little early: this check is planned for Tue, Apr 7\. They said they would decide by Fri, Apr 3/,
  )
  await form.getByLabel('They answered').check()
  await expect(form.getByRole('group', { name: 'Did they give a date?' })).toBeVisible()
  await form.getByLabel('What did they say?').selectOption({ label: 'They made an offer' })
  await expect(form.getByRole('group', { name: 'Did they give a date?' })).toHaveCount(0)
  await form.getByRole('button', { name: 'Cancel' }).click()
})

test('ending a call on "another direction" presets the log, and nothing more is planned', async ({
  app,
}) => {
  const page = app.page
  const tracker = new InterviewsPage(page)
  const followUps = new FollowUpsPage(page)
  const practice = new PracticePage(page)
  await addAcme(tracker)
  await practice.open()
  await page.getByRole('link', { name: 'Practise Follow-up call' }).click()
  await expect(page.getByLabel('Practise for')).toHaveValue(/.+/)
  await practice.pickUp()
  await practice.reply('2 Went another direction').click()
  await expect(practice.currentStep()).toContainText('Take the news graciously')
  await practice.reply('1 They thank you').click()
  await expect(practice.currentStep()).toContainText('Ask for feedback')
  await expect(practice.line()).toContainText('would you be open to sharing any feedback?')
  await practice.reply('1 Shares feedback').click()
  await expect(practice.endOfCall()).toBeVisible()

  const log = page.getByRole('form', { name: 'Made the real call? Log it' })
  await expect(log).toContainText('This branch ends with “They went another way”')
  await expect(log.getByLabel('They answered (not voicemail)')).toBeChecked()
  await expect(log.getByLabel('What did they say?')).toHaveValue('rejected')
  await log.getByRole('button', { name: 'Log this call' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Logged a phone status check' }),
  ).toContainText('Nothing more is planned for it.')
  await page.getByRole('link', { name: 'See the interview' }).click()
  await expect(followUps.whatsNext().getByRole('status')).toContainText(
    'Decided: Not selected. Nothing more is planned for this interview.',
  )
  await expect(followUps.whatsNext().getByRole('listitem')).toHaveCount(0)
  await expect(followUps.timeline()).toContainText('They answered: Not selected')
  await expect(followUps.timeline()).not.toContainText('Planned')
})

test('someone else picks up: ask for them, ask when to call back, or leave a message', async ({
  app,
}) => {
  const page = app.page
  const tracker = new InterviewsPage(page)
  const practice = new PracticePage(page)
  await addAcme(tracker)
  await practice.open()
  await page.getByRole('link', { name: 'Practise Follow-up call' }).click()
  await expect(practice.currentStep()).toContainText('Dial and listen')
  await practice.reply('3 Someone else answers').click()
  await expect(practice.currentStep()).toContainText('Good morning, Acme Tools, how can I help?')
  await expect(practice.line()).toContainText('Could I speak with Dana')

  // Put through: the call goes on with the interviewer, from the opening.
  await practice.reply('1 They put you through').click()
  await expect(practice.currentStep()).toContainText('Opening')
  await page.keyboard.press('Backspace')

  // Not available: ask when to call back, then leave a message with them.
  await practice.reply('2 Not available').click()
  await expect(practice.currentStep()).toContainText('Ask when to call back')
  await expect(practice.line()).toContainText('When would be a good time to reach Dana?')
  await practice.reply('2 Takes a message').click()
  await expect(practice.currentStep()).toContainText('Leave a message with them')
  await expect(practice.endOfCall()).toContainText('Leave your message, then hang up.')
  const log = page.getByRole('form', { name: 'Made the real call? Log it' })
  await expect(log).toContainText('You didn’t reach them on this branch')
  await expect(log.getByLabel('They answered (not voicemail)')).not.toBeChecked()
  await expect(practice.path()).toHaveText([
    'Dial and listen, they said “Someone else answers”',
    'Ask for them, they said “Not available”',
    'Ask when to call back, they said “Takes a message”',
    'Leave a message with them',
  ])
})

test('a planned phone step is practised straight from Today, for its own interview', async ({
  app,
}) => {
  const page = app.page
  const tracker = new InterviewsPage(page)
  const followUps = new FollowUpsPage(page)
  const practice = new PracticePage(page)
  await addAcme(tracker, '2026-03-16')
  await followUps.log({ what: 'Checked on the status', date: '2026-03-24', how: 'Email' })
  // A newer interview, whose phone call is weeks away.
  await tracker.open()
  await tracker.add({ company: 'Globex', role: 'UX Researcher', date: '2026-03-31' })

  // "Practise for" starts on the interview whose phone call is due soonest, not the newest.
  await practice.open()
  await page.getByRole('link', { name: 'Practise Follow-up call' }).click()
  await expect(page.getByLabel('Practise for').locator('option:checked')).toHaveText(
    'Acme Tools · Product Designer',
  )
  await page.getByLabel('Practise for').selectOption({ label: 'Globex · UX Researcher' })

  await followUps.openToday()
  const overdue = followUps.group('Overdue')
  await expect(overdue).toContainText('Check in by phone (second check)')
  await overdue.getByRole('link', { name: 'Practise this call with Acme Tools' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Follow-up call/ })).toBeVisible()
  await expect(page.getByLabel('Practise for').locator('option:checked')).toHaveText(
    'Acme Tools · Product Designer',
  )
  await practice.pickUp()
  await expect(practice.line()).toContainText('Hi Dana')
  await expect(practice.line()).toContainText('Monday, March 16')

  // The same link sits on the interview page's plan.
  await tracker.open()
  await tracker.row('Acme Tools').getByRole('link', { name: 'Acme Tools', exact: true }).click()
  await expect(
    followUps.whatsNext().getByRole('link', { name: 'Practise this call' }),
  ).toBeVisible()
})

test('the user’s own answers fill the script’s gaps, never made-up ones', async ({ app }) => {
  const page = app.page
  const tracker = new InterviewsPage(page)
  const practice = new PracticePage(page)
  await addAcme(tracker)
  await practice.open()
  await page.getByRole('link', { name: 'Practise Follow-up call' }).click()
  await practice.pickUp()
  await practice.reply('1 Not decided yet').click()
  await practice.reply(/Concern: no industry experience/).click()
  await expect(practice.line()).toContainText('[a time you changed fields, and how you settled in]')
  const prompt = page.getByRole('form', { name: 'Your own answer' })
  await prompt
    .getByLabel('A time you changed fields and settled in')
    .fill(
      'when I moved from teaching into software support, I wrote our training guide in a quarter',
    )
  await prompt.getByRole('button', { name: 'Use this answer' }).click()
  await expect(prompt).toHaveCount(0)
  await expect(practice.line()).toContainText(
    'settled in quickly: when I moved from teaching into software support, I wrote our training guide in a quarter.',
  )

  // It is kept with the interview, where it can be edited with the rest.
  await tracker.open()
  await page.getByRole('link', { name: 'Edit Acme Tools' }).click()
  await expect(page.getByLabel('A time you changed fields and settled in')).toHaveValue(
    /teaching into software support/,
  )
  await expect(page.getByLabel('Your salary range')).toHaveValue('')
})
