import { expect, type Page } from '@playwright/test'

/** Recording in the player and the takes list, by roles and accessible names only. */
export class TakesPage {
  constructor(private readonly page: Page) {}

  recordingPanel() {
    return this.page.getByRole('region', { name: 'Record yourself' })
  }

  meter() {
    return this.recordingPanel().getByRole('meter', { name: 'Microphone level' })
  }

  elapsed() {
    return this.recordingPanel().getByRole('timer', { name: 'Elapsed time' })
  }

  async openFromPlayer() {
    await this.recordingPanel()
      .getByRole('link', { name: /^Your takes/ })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: /^Your takes/ })).toBeVisible()
  }

  take(name: string) {
    return this.page.getByRole('listitem').filter({
      has: this.page.getByRole('heading', { level: 3, name }),
    })
  }

  slider(name: string) {
    return this.page.getByRole('slider', { name: `Position in ${name}` })
  }
}
