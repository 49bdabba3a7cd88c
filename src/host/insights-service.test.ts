import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fixedClock, hostIn, rejection, restart, tempDir } from './testing/temp-host'

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => cleanup(dir))

const TUESDAY = '2026-03-10T09:00:00'

describe('getInsights', () => {
  it('answers for an empty store', async () => {
    const { host } = hostIn(dir, fixedClock(TUESDAY))
    const insights = await host.api.getInsights()
    expect(insights.today).toBe('2026-03-10')
    expect(insights.outcomes.total).toBe(0)
    expect(insights.practice.weeks).toHaveLength(12)
    expect(insights.practice.coverage.scripts[0]).toMatchObject({ name: 'Follow-up call' })
  })

  it('reads interviews and their logged follow-ups, and leaves the trash out', async () => {
    const { host } = hostIn(dir, fixedClock(TUESDAY))
    const draft = { company: 'Acme', role: 'Designer', interviewDate: '2026-02-02' }
    const a = await host.api.createInterview({ draft })
    await host.api.logAttempt({
      interviewId: a.id,
      attempt: { kind: 'status-check', date: '2026-02-10', channel: 'email', answered: true },
    })
    const gone = await host.api.createInterview({ draft: { ...draft, company: 'Gone' } })
    await host.api.deleteInterview({ id: gone.id })
    const insights = await host.api.getInsights({ weeks: 4 })
    expect(insights.outcomes.total).toBe(1)
    expect(insights.responses.byChannel[0]).toMatchObject({ sent: 1, answered: 1 })
    expect(insights.timeToAnswer.medianDays).toBe(8)
    expect(insights.timeliness.onTime).toBe(1)
    expect(insights.practice.weeks).toHaveLength(4)
  })

  it.each([[{ weeks: 2 }], [{ weeks: 4.5 }], [{ weeks: '12' }], [{ days: 3 }]])(
    'refuses %j',
    async (input) => {
      const { host } = hostIn(dir, fixedClock(TUESDAY))
      const err = await rejection(host.call('getInsights', input))
      expect(err.code).toBe('invalid-input')
    },
  )
})

describe('the example interview', () => {
  it('adds one marked sample with a logged thank-you and a check due today, once', async () => {
    const { host } = hostIn(dir, fixedClock(TUESDAY))
    const example = await host.api.addExampleInterview()
    expect(example).toMatchObject({ example: true, company: 'Brightside Labs (example)' })
    const view = await host.api.getFollowUps({ interviewId: example.id })
    expect(view.attempts.map((a) => a.kind)).toEqual(['thank-you'])
    expect(view.actions.map((a) => [a.kind, a.due])).toEqual([['status-check', '2026-03-10']])
    const today = await host.api.getToday()
    expect(today.dueToday.map((r) => r.company)).toEqual(['Brightside Labs (example)'])
    // Asking again gives the same one rather than a second sample.
    expect((await host.api.addExampleInterview()).id).toBe(example.id)
    expect(await host.api.listInterviews()).toHaveLength(1)
  })

  it('stays marked after a restart, and never counts in Insights', async () => {
    const { host } = hostIn(dir, fixedClock(TUESDAY))
    await host.api.addExampleInterview()
    const again = (await restart(host, dir, fixedClock(TUESDAY))).host
    const [row] = await again.api.listInterviews()
    expect(row?.example).toBe(true)
    const insights = await again.api.getInsights()
    expect(insights.outcomes.total).toBe(0)
    expect(insights.timeliness.onTime).toBe(0)
  })

  it('keeps its mark when the user edits it, and a draft can never set it', async () => {
    const { host } = hostIn(dir, fixedClock(TUESDAY))
    const example = await host.api.addExampleInterview()
    const { id, createdAt: _c, updatedAt, deletedAt: _d, example: _e, ...draft } = example
    const edited = await host.api.updateInterview({
      id,
      draft: { ...draft, notes: 'mine now' },
      expectedUpdatedAt: updatedAt,
    })
    expect(edited.example).toBe(true)
    const err = await rejection(
      host.call('createInterview', {
        draft: { company: 'X', role: 'Y', interviewDate: '2026-03-01', example: true },
      }),
    )
    expect(err.message).toMatch(/Unknown field “example”/)
  })

  it('is removed in one call and only it: the user’s own interviews stay', async () => {
    const { host } = hostIn(dir, fixedClock(TUESDAY))
    await host.api.addExampleInterview()
    const mine = await host.api.createInterview({
      draft: { company: 'Mine', role: 'Designer', interviewDate: '2026-03-09' },
    })
    expect(await host.api.removeExampleInterview()).toEqual({ removed: 1 })
    expect((await host.api.listInterviews()).map((i) => i.id)).toEqual([mine.id])
    const today = await host.api.getToday()
    expect([...today.overdue, ...today.dueToday].map((r) => r.company)).toEqual(['Mine'])
    expect(await host.api.removeExampleInterview()).toEqual({ removed: 0 })
  })

  it('tells every window that interviews and follow-ups changed', async () => {
    const { host } = hostIn(dir, fixedClock(TUESDAY))
    const topics: string[] = []
    host.events.subscribe((e) => {
      if (e.type === 'changed') topics.push(e.topic)
    })
    await host.api.addExampleInterview()
    await host.api.removeExampleInterview()
    await host.api.removeExampleInterview()
    expect(topics).toEqual(['interviews', 'followups', 'interviews', 'followups'])
  })
})
