import { expect, type Page } from '@playwright/test'

/** The message composer: the draft, the checker beside it, and what to do with the message. */
export class ComposerPage {
  constructor(private readonly page: Page) {}

  message() {
    return this.page.getByRole('textbox', { name: 'Message', exact: true })
  }

  subject() {
    return this.page.getByRole('textbox', { name: 'Subject', exact: true })
  }

  checker() {
    return this.page.getByRole('complementary', { name: 'Message check' })
  }

  warnings() {
    return this.page.getByRole('region', { name: /^Warnings/ })
  }

  checklist() {
    return this.page.getByRole('region', { name: 'What a good message has' })
  }

  async expectSaved() {
    await expect(
      this.page.getByText('Draft saved. It will be here when you come back.'),
    ).toBeVisible()
  }

  async markSent() {
    await this.page.getByRole('button', { name: /^Mark (as sent|the call as made)$/ }).click()
    await expect(this.page.getByRole('region', { name: 'Marked as sent' })).toBeVisible()
  }
}
