import { expect, type Page } from '@playwright/test'

export interface NewInterview {
  company: string
  role: string
  date: string
  interviewer?: string
}

/** The tracker as a user sees it: by roles and accessible names only. */
export class InterviewsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Interviews' })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible()
  }

  async startAdding() {
    await this.page
      .getByRole('link', { name: /Add (your first )?interview/ })
      .first()
      .click()
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Add an interview' }),
    ).toBeVisible()
  }

  async fill(i: Partial<NewInterview>) {
    const p = this.page
    if (i.company !== undefined) await p.getByLabel('Company').fill(i.company)
    if (i.role !== undefined) await p.getByLabel('Job title').fill(i.role)
    if (i.date !== undefined) await p.getByLabel('Interview date').fill(i.date)
    if (i.interviewer !== undefined) {
      await p
        .getByRole('group', { name: 'Interviewer 1' })
        .getByLabel('First name')
        .fill(i.interviewer)
    }
  }

  async add(i: NewInterview) {
    await this.startAdding()
    await this.fill(i)
    await this.page.getByRole('button', { name: 'Save interview' }).click()
    await expect(
      this.page.getByRole('heading', { level: 1, name: new RegExp(i.company) }),
    ).toBeVisible()
  }

  rows() {
    return this.page.getByRole('table', { name: 'Your interviews' }).getByRole('row')
  }

  row(company: string) {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: company }) })
  }
}
