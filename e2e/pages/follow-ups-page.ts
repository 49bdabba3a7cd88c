import { expect, type Page } from '@playwright/test'

/** The interview page's plan, log and timeline, and the Today view. */
export class FollowUpsPage {
  constructor(private readonly page: Page) {}

  whatsNext() {
    return this.page.getByRole('region', { name: 'What’s next' })
  }

  timeline() {
    return this.page.getByRole('list', { name: 'Timeline' })
  }

  async log(a: { what: string; date: string; how: string; answer?: string; decisionBy?: string }) {
    const p = this.page
    await this.whatsNext().getByRole('button', { name: 'Log a follow-up' }).click()
    const form = p.getByRole('form', { name: 'Log a follow-up' })
    await form.getByLabel('What did you do?').selectOption({ label: a.what })
    await form.getByLabel('When').fill(a.date)
    await form.getByLabel('How').selectOption({ label: a.how })
    if (a.answer) {
      await form.getByLabel('They answered').check()
      await form.getByLabel('What did they say?').selectOption({ label: a.answer })
    }
    if (a.decisionBy) {
      await form
        .getByRole('group', { name: 'Did they give a date?' })
        .getByRole('radio', { name: 'Yes' })
        .check()
      await form.getByLabel('They expect to decide by').fill(a.decisionBy)
    }
    await form.getByRole('button', { name: 'Save to the log' }).click()
    await expect(form).toHaveCount(0)
  }

  async openToday() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Today' })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: /Today/ })).toBeVisible()
  }

  group(name: 'Overdue' | 'Due today' | 'Next 14 days') {
    return this.page.getByRole('region', { name: new RegExp(`^${name}`) })
  }
}
