import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { InterviewDraftInput } from '../core/interview/schema'
import { isAppMailto } from '../core/messages/mailto'
import { fakeShell } from './testing/fake-shell'
import { cleanup, fixedClock, hostIn, rejection, restart, tempDir } from './testing/temp-host'

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => cleanup(dir))

const people = {
  interviewers: [
    { firstName: 'Dana', lastName: 'Okafor', email: 'dana@acme.test' },
    { firstName: 'Lee', lastName: 'Marsh' },
  ],
}

async function setup(draft: Partial<InterviewDraftInput> = people, now = '2026-03-12T10:00:00Z') {
  const clock = fixedClock(now)
  const { host } = hostIn(dir, clock)
  await host.api.updateSettings({
    patch: { profile: { name: 'Sam Rivera', email: 'sam@x.test', phone: '555 010 4477' } },
  })
  const interview = await host.api.createInterview({
    draft: { company: 'Acme', role: 'Designer', interviewDate: '2026-03-03', ...draft },
  })
  return { host, clock, id: interview.id }
}

describe('the composer', () => {
  it('offers one thank-you draft per person met, each with the others named', async () => {
    const { host, id } = await setup()
    const view = await host.api.getComposer({ interviewId: id, slot: 'thank-you' })
    expect(view.recipients.map((p) => p.name)).toEqual(['Dana Okafor', 'Lee Marsh'])
    expect(view.recipient?.key).toBe('interviewer-0')
    expect(view.defaultTemplateId).toBe('thank-you-email')
    expect(view.values).toMatchObject({
      firstName: 'Dana',
      others: 'Lee',
      interviewDay: 'last Tuesday',
      signature: 'Sam Rivera',
    })
    expect(view.context.otherInterviewers).toEqual(['Lee Marsh'])
    const lee = await host.api.getComposer({
      interviewId: id,
      slot: 'thank-you',
      person: 'interviewer-1',
    })
    expect(lee.values.firstName).toBe('Lee')
    expect(lee.values.others).toBe('Dana')
  })

  it('sends status checks to the recruiter when there is one (T11)', async () => {
    const { host, id } = await setup({
      ...people,
      recruiter: { name: 'Priya Shah', email: 'priya@talent.test' },
    })
    const view = await host.api.getComposer({ interviewId: id, slot: 'status-check:1' })
    expect(view.recipient?.key).toBe('recruiter')
    expect(view.defaultTemplateId).toBe('recruiter-status-check-first')
    expect(view.context.interviewer).toBe('Priya Shah')
    expect(view.recipients.map((p) => p.key)).toEqual([
      'interviewer-0',
      'interviewer-1',
      'recruiter',
    ])
  })

  it('gives the checker the planned date, so drafting early warns (T12)', async () => {
    const { host, id } = await setup(people, '2026-03-05T10:00:00Z')
    const view = await host.api.getComposer({ interviewId: id, slot: 'status-check:1' })
    expect(view.action?.due).toBe('2026-03-11')
    expect(view.context).toMatchObject({
      sendDate: '2026-03-05',
      plannedDate: '2026-03-11',
      attemptNumber: 1,
    })
  })

  it('a phone check drafts a voicemail', async () => {
    const { host, id } = await setup({ ...people, preferredChannel: 'phone' })
    const view = await host.api.getComposer({ interviewId: id, slot: 'status-check:1' })
    expect(view.channel).toBe('phone')
    expect(view.defaultTemplateId).toBe('voicemail')
  })

  it('counts unanswered checks in a row for the too-many warning', async () => {
    const { host, id } = await setup()
    for (const date of ['2026-03-04', '2026-03-05', '2026-03-06']) {
      await host.api.logAttempt({
        interviewId: id,
        attempt: { kind: 'status-check', date, channel: 'email' },
      })
    }
    const view = await host.api.getComposer({ interviewId: id, slot: 'status-check:4' })
    expect(view.context.priorUnansweredChecks).toBe(3)
  })

  it('refuses a slot or person it does not know', async () => {
    const { host, id } = await setup()
    expect(
      (await rejection(host.api.getComposer({ interviewId: id, slot: 'status-check:0' }))).code,
    ).toBe('invalid-input')
    expect(
      (
        await rejection(
          host.api.getComposer({ interviewId: id, slot: 'thank-you', person: '../x' }),
        )
      ).message,
    ).toBe('That is not someone from this interview.')
  })
})

describe('drafts', () => {
  const draft = (id: string) => ({
    interviewId: id,
    slot: 'thank-you',
    person: 'interviewer-1',
    templateId: 'thank-you-email',
    subject: 'Thank you',
    body: 'Hi Lee,\n\nThank you!',
  })

  it('survive a restart and are listed, then go when discarded', async () => {
    const { host, clock, id } = await setup()
    await host.api.saveMessageDraft(draft(id))
    const again = (await restart(host, dir, clock)).host
    const view = await again.api.getComposer({
      interviewId: id,
      slot: 'thank-you',
      person: 'interviewer-1',
    })
    expect(view.draft).toMatchObject({ body: 'Hi Lee,\n\nThank you!', options: {} })
    expect(await again.api.listMessageDrafts()).toEqual([
      expect.objectContaining({ company: 'Acme', personName: 'Lee Marsh', slot: 'thank-you' }),
    ])
    await again.api.discardMessageDraft({
      interviewId: id,
      slot: 'thank-you',
      person: 'interviewer-1',
    })
    expect(await again.api.listMessageDrafts()).toEqual([])
  })

  it('a deleted interview hides its drafts until it is restored', async () => {
    const { host, id } = await setup()
    await host.api.saveMessageDraft(draft(id))
    await host.api.deleteInterview({ id })
    expect(await host.api.listMessageDrafts()).toEqual([])
    await host.api.restoreInterview({ id })
    expect(await host.api.listMessageDrafts()).toHaveLength(1)
  })

  it('one damaged draft in the file never costs the others', async () => {
    const { host, clock, id } = await setup()
    await host.api.saveMessageDraft(draft(id))
    await host.dispose()
    const journal = path.join(dir, 'messages.journal.jsonl')
    const lines = fs.readFileSync(journal, 'utf8').trim().split('\n')
    const last = JSON.parse(lines.at(-1)!)
    const bad = { type: 'draft', draft: { body: 42 } }
    fs.appendFileSync(
      journal,
      JSON.stringify({ seq: last.seq + 1, put: 'draft:x|thank-you|recruiter', value: bad }) + '\n',
    )
    const again = hostIn(dir, clock).host
    expect(await again.api.listMessageDrafts()).toHaveLength(1)
    const notices = await again.api.listNotices()
    expect(notices[0]?.title).toBe(
      'Some of your saved message drafts and templates could not be read',
    )
  })

  it('refuses a draft for an interview that does not exist', async () => {
    const { host } = await setup()
    expect((await rejection(host.api.saveMessageDraft(draft('nope')))).code).toBe('not-found')
  })
})

describe('mark as sent', () => {
  it('logs the attempt with its channel and date, re-plans, and drops the draft', async () => {
    const { host, id } = await setup()
    await host.api.saveMessageDraft({
      interviewId: id,
      slot: 'status-check:1',
      person: 'interviewer-0',
      templateId: 'status-check-first',
      subject: 'Checking in',
      body: 'Hi Dana',
    })
    const view = await host.api.markMessageSent({
      interviewId: id,
      slot: 'status-check:1',
      person: 'interviewer-0',
      channel: 'email',
      subject: 'Checking in',
    })
    expect(view.attempts[0]).toMatchObject({
      kind: 'status-check',
      date: '2026-03-12',
      channel: 'email',
      note: 'Subject: Checking in',
    })
    expect(view.actions.map((a) => `${a.key} ${a.due}`)).toContain('status-check:2 2026-03-19')
    expect(await host.api.listMessageDrafts()).toEqual([])
    const composer = await host.api.getComposer({ interviewId: id, slot: 'status-check:1' })
    expect(composer.sent).toEqual([
      { person: 'interviewer-0', date: '2026-03-12', channel: 'email' },
    ])
  })

  it('a reply to a rejection is marked sent without logging a check', async () => {
    const { host, id } = await setup({ ...people, outcome: 'rejected' })
    const view = await host.api.markMessageSent({
      interviewId: id,
      slot: 'rejection-reply',
      person: 'interviewer-0',
      channel: 'email',
    })
    expect(view.attempts).toEqual([])
    const composer = await host.api.getComposer({ interviewId: id, slot: 'rejection-reply' })
    expect(composer.sent).toHaveLength(1)
  })

  it('refuses a date in the future and changes nothing', async () => {
    const { host, id } = await setup()
    const err = await rejection(
      host.api.markMessageSent({
        interviewId: id,
        slot: 'thank-you',
        person: 'interviewer-0',
        channel: 'email',
        date: '2026-04-01',
      }),
    )
    expect(err.message).toBe('A follow-up you made can’t be in the future.')
    expect((await host.api.getFollowUps({ interviewId: id })).attempts).toEqual([])
  })
})

describe('templates', () => {
  it('lists the shipped templates, saves an edit, and resets it', async () => {
    const { host, clock } = await setup()
    const list = await host.api.listMessageTemplates()
    expect(list).toHaveLength(10)
    expect(list.every((t) => !t.edited)).toBe(true)
    const saved = await host.api.saveMessageTemplate({
      id: 'status-check-second',
      subject: 'Quick check-in: {{role}}',
      body: 'Hi {{firstName}},\n\nJust checking in.',
    })
    expect(saved).toMatchObject({
      edited: true,
      subject: 'Quick check-in: {{role}}',
      updatedAt: '2026-03-12T10:00:00.000Z',
    })
    const again = (await restart(host, dir, clock)).host
    expect(
      (await again.api.listMessageTemplates()).find((t) => t.id === 'status-check-second')?.edited,
    ).toBe(true)
    const reset = await again.api.resetMessageTemplate({ id: 'status-check-second' })
    expect(reset.edited).toBe(false)
    expect(reset.subject).toBe('Following up on the {{role}} position')
  })

  it('refuses unknown fields and unclosed sections, keeping the saved version', async () => {
    const { host } = await setup()
    const err = await rejection(
      host.api.saveMessageTemplate({ id: 'voicemail', body: 'Hi {{frstName}} {{#topic}}' }),
    )
    expect(err.code).toBe('invalid-input')
    expect(err.message).toBe('“{{frstName}}” is not a field this app fills in. (and 1 more)')
    expect((await host.api.listMessageTemplates()).find((t) => t.id === 'voicemail')?.edited).toBe(
      false,
    )
    expect((await rejection(host.api.resetMessageTemplate({ id: 'nope' }))).code).toBe('not-found')
  })

  it('a stale editor cannot overwrite a newer save', async () => {
    const { host } = await setup()
    await host.api.saveMessageTemplate({ id: 'voicemail', body: 'Hi {{firstName}}.' })
    const err = await rejection(
      host.api.saveMessageTemplate({
        id: 'voicemail',
        body: 'Hello',
        expectedUpdatedAt: '2020-01-01T00:00:00.000Z',
      }),
    )
    expect(err.code).toBe('conflict')
  })
})

describe('openMail', () => {
  const parts = { to: 'dana@acme.test', subject: 'Checking in', body: 'Hi Dana,\n\nAny news?' }

  it('web host: returns the mailto link for the page to open', async () => {
    const { host } = await setup()
    const result = await host.api.openMail(parts)
    expect(result).toEqual({
      outcome: 'navigate',
      href: 'mailto:dana@acme.test?subject=Checking%20in&body=Hi%20Dana%2C%0D%0A%0D%0AAny%20news%3F',
    })
  })

  it('Electron: hands only the link it built to the shell', async () => {
    const openMail = vi.fn(async (link: string) => {
      expect(isAppMailto(link)).toBe(true)
    })
    const shell = fakeShell({ openMail })
    const { host } = hostIn(dir, fixedClock('2026-03-12T10:00:00Z'), { shell })
    // An injection attempt in "to" is dropped, never passed on as extra headers.
    expect(await host.api.openMail({ ...parts, to: 'dana@acme.test?bcc=x@evil.test' })).toEqual({
      outcome: 'opened',
    })
    expect(openMail).toHaveBeenCalledWith(
      'mailto:?subject=Checking%20in&body=Hi%20Dana%2C%0D%0A%0D%0AAny%20news%3F',
    )
  })

  it('a message too long for a mail link is refused with advice', async () => {
    const { host } = await setup()
    const err = await rejection(host.api.openMail({ ...parts, body: '€'.repeat(9_000) }))
    expect(err.message).toContain('Copy it and paste it instead')
  })
})
