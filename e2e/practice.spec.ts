import { expect, test } from './fixtures'
import { InterviewsPage } from './pages/interviews-page'
import { PracticePage } from './pages/practice-page'

test('plays the default script down two paths with the keyboard only', async ({ app }) => {
  const page = app.page
  const practice = new PracticePage(page)
  await practice.openPlayerByKeyboard()
  await expect(practice.currentStep()).toContainText('Dial and listen')
  await expect(practice.reply('1 The interviewer answers')).toBeVisible()
  await page.keyboard.press('1')
  await expect(practice.currentStep()).toContainText('Opening')
  await expect(practice.reply('1 Not decided yet')).toBeVisible()

  // Not decided → ask about concerns → they raise one → the prepared answer.
  await page.keyboard.press('1')
  await expect(practice.currentStep()).toContainText('Ask about concerns')
  await expect(practice.currentStep()).toContainText("We haven't made a decision yet.")
  await page.keyboard.press('1')
  await expect(practice.currentStep()).toContainText('Answer: new industry')
  await expect(practice.currentStep()).toContainText("haven't worked in our industry before")
  await expect(page.getByRole('complementary', { name: 'Don’t say' })).toContainText(
    "I'm a fast learner, trust me.",
  )
  await expect(practice.path()).toHaveText([
    'Dial and listen, they said “The interviewer answers”',
    'Opening, they said “Not decided yet”',
    'Ask about concerns, they said “Concern: no industry experience”',
    'Answer: new industry',
  ])
  // Backspace steps back one reply; the number keys carry on to the end.
  await page.keyboard.press('Backspace')
  await expect(practice.currentStep()).toContainText('Ask about concerns')
  await page.keyboard.press('1')
  await page.keyboard.press('1')
  await expect(practice.currentStep()).toContainText('Timeline and next steps')
  await page.keyboard.press('1')
  await expect(practice.endOfCall()).toBeVisible()
  await expect(practice.currentStep()).toContainText('Thank and close')
  await expect(practice.coverage()).toContainText('5 of 32 replies practised')

  // R starts again; the "different direction" reply is reached with Tab and Enter.
  await page.keyboard.press('r')
  await expect(practice.currentStep()).toContainText('Dial and listen')
  await expect(practice.path()).toHaveText(['Dial and listen'])
  await page.keyboard.press('1')
  await practice.tabTo(practice.reply('2 Went another direction'))
  await page.keyboard.press('Enter')
  await expect(practice.currentStep()).toContainText('Take the news graciously')
  await expect(practice.currentStep()).toContainText('decided to go with another candidate')
  await expect(practice.currentStep()).toContainText("I'm sorry it didn't work out this time")
  // Stopped here, mid-call: the replies chosen so far still count as practised.
  await expect(practice.coverage()).toContainText('6 of 32 replies practised')
  await page.keyboard.press('1')
  await expect(practice.currentStep()).toContainText('Ask for feedback')
  await page.keyboard.press('2')
  await expect(practice.currentStep()).toContainText('Gracious close')
  await expect(practice.endOfCall()).toBeVisible()
  await expect(practice.path()).toHaveText([
    'Dial and listen, they said “The interviewer answers”',
    'Opening, they said “Went another direction”',
    'Take the news graciously, they said “They thank you”',
    'Ask for feedback, they said “Prefers not to say”',
    'Gracious close',
  ])
  await expect(practice.coverage()).toContainText('8 of 32 replies practised')

  // Practice counts are kept.
  const reopened = await app.restart()
  const again = new PracticePage(reopened)
  await again.open()
  await expect(reopened.getByText('8 of 32 practised')).toBeVisible()
})

test('an edited line shows in the player, filled from the interview', async ({ app }) => {
  const page = app.page
  await new InterviewsPage(page).open()
  await new InterviewsPage(page).add({
    company: 'Acme Tools',
    role: 'Product Designer',
    date: '2026-03-02',
    interviewer: 'Dana',
  })
  const practice = new PracticePage(page)
  await practice.openEditor()
  await practice.editStep('Opening')
  const line = page.getByLabel('What you say')
  await line.fill("Hello {{interviewerFirstName}}, it's {{yourName}} about the {{role}} role.")
  await expect(page.getByText('Unsaved changes')).toBeVisible()
  await practice.save()
  await expect(page.getByRole('status').getByText('Saved. Ready to practise.')).toBeVisible()
  await expect(page.getByText('All changes saved')).toBeVisible()

  await page.getByRole('link', { name: 'Practise', exact: true }).click()
  await practice.pickUp()
  await expect(practice.line()).toHaveText(
    "Hello Dana, it's [your name] about the Product Designer role.",
  )
  await expect(practice.currentStep()).toContainText('Fill in [your name] in Settings.')

  const reopened = await app.restart()
  const again = new PracticePage(reopened)
  await again.open()
  await reopened.getByRole('link', { name: 'Practise Follow-up call' }).click()
  await again.pickUp()
  await expect(again.line()).toContainText('Hello Dana')
})

test('an invalid edit is shown, and the player refuses to start until it is fixed', async ({
  app,
}) => {
  const page = app.page
  const practice = new PracticePage(page)
  await practice.openEditor()
  await practice.editStep('Opening')
  const line = page.getByLabel('What you say')
  await line.fill('')
  await expect(practice.problems()).toContainText(
    '“Opening” (opening) has nothing for you to say yet.',
  )
  await line.fill('Hi {{foo}}, this is {{yourName}}.')
  await expect(practice.problems()).toContainText(
    '“Opening” (opening) uses {{foo}}, which the app can’t fill in.',
  )
  await expect(line).toHaveAttribute('aria-invalid', 'true')
  await practice.save()
  await expect(
    page
      .getByRole('status')
      .getByText('Saved as a draft. 1 problem to fix before you can practise.'),
  ).toBeVisible()

  await page.getByRole('link', { name: 'Practise', exact: true }).click()
  await expect(
    page.getByRole('heading', { name: 'This script can’t be practised yet' }),
  ).toBeVisible()
  await expect(page.getByText('uses {{foo}}, which the app can’t fill in.')).toBeVisible()
  await page.keyboard.press('1')
  await expect(practice.currentStep()).toHaveCount(0)
  await expect(page.getByRole('button', { name: /The interviewer answers/ })).toHaveCount(0)

  await page.getByRole('link', { name: 'Fix in the editor' }).click()
  await expect(page.getByLabel('What you say')).toBeFocused()
  await page.getByLabel('What you say').fill('Hi {{interviewerFirstName}}, this is {{yourName}}.')
  await expect(practice.problems()).toContainText('No problems. This script is ready to practise.')
  await practice.save()
  await expect(page.getByRole('status').getByText('Saved. Ready to practise.')).toBeVisible()
  await page.getByRole('link', { name: 'Practise', exact: true }).click()
  await practice.pickUp()
  await expect(practice.line()).toHaveText("Hi [interviewer's first name], this is [your name].")
  await expect(practice.reply('1 Not decided yet')).toBeVisible()
})
