import { expect, type Locator, type Page } from '@playwright/test'

/** Call practice as a user sees it: by roles and accessible names only. */
export class PracticePage {
  constructor(private readonly page: Page) {}

  navLink() {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: 'Call practice',
    })
  }

  async open() {
    await this.navLink().click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Call practice' })).toBeVisible()
  }

  /** Presses Tab until `target` has focus, as a keyboard user would. */
  async tabTo(target: Locator, max = 40) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return
      await this.page.keyboard.press('Tab')
    }
    await expect(target).toBeFocused()
  }

  async openPlayerByKeyboard(script = 'Follow-up call') {
    await this.navLink().focus()
    await this.page.keyboard.press('Enter')
    await expect(this.page.getByRole('heading', { level: 1, name: 'Call practice' })).toBeFocused()
    await this.tabTo(this.page.getByRole('link', { name: `Practise ${script}` }))
    await this.page.keyboard.press('Enter')
    await expect(this.currentStep()).toBeVisible()
  }

  async openEditor(script = 'Follow-up call') {
    await this.open()
    await this.page.getByRole('link', { name: `Edit ${script}` }).click()
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Edit: ${script}` }),
    ).toBeVisible()
  }

  /** The step on screen: "You say …", or "Before you speak" while the phone rings. */
  currentStep() {
    return this.page.getByRole('region', { name: /^(You say|Before you speak)/ })
  }

  line() {
    return this.currentStep().getByRole('paragraph').first()
  }

  reply(name: string | RegExp) {
    return this.page.getByRole('region', { name: 'What do they say?' }).getByRole('button', {
      name,
    })
  }

  path() {
    return this.page.getByRole('navigation', { name: 'Path taken' }).getByRole('listitem')
  }

  endOfCall() {
    return this.page.getByRole('region', { name: 'End of the call' })
  }

  coverage() {
    return this.page.getByRole('region', { name: 'Your practice so far' })
  }

  problems() {
    return this.page.getByRole('region', { name: 'Problems' })
  }

  /** Past the ring: the interviewer picks up, so the call is at its opening. */
  async pickUp() {
    await this.reply('1 The interviewer answers').click()
    await expect(this.currentStep()).toContainText('Opening')
  }

  /** The step in the editor's list of steps. */
  async editStep(title: string) {
    await this.page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: new RegExp(`^${title}`) })
      .click()
    await expect(this.page.getByLabel('Step title')).toHaveValue(title)
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click()
  }
}
