import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { calendarFileName, calendarUid } from './calendar-export'
import type { DesktopShell } from './ports'
import { fakeShell } from './testing/fake-shell'
import { cleanup, fixedClock, hostIn, tempDir } from './testing/temp-host'

let dir = ''
afterEach(() => cleanup(dir))

const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)\r?$/gm)].map((m) => m[1])
const field = (ics: string, name: string) =>
  [...ics.matchAll(new RegExp(`^${name}[:;](.+)\\r?$`, 'gm'))].map((m) => m[1])

async function twoInterviews(shell?: DesktopShell) {
  dir = tempDir()
  const clock = fixedClock('2026-03-02T10:00:00')
  const { host } = hostIn(dir, clock, shell ? { shell } : {})
  const acme = await host.api.createInterview({
    draft: {
      company: 'Acme Tools',
      role: 'Designer',
      interviewDate: '2026-03-02',
      interviewers: [{ firstName: 'Dana' }],
    },
  })
  const globex = await host.api.createInterview({
    draft: { company: 'Globex', role: 'Analyst', interviewDate: '2026-02-27' },
  })
  return { host, clock, acme, globex }
}

describe('calendar export', () => {
  it('exports every planned step with stable UIDs, so a new export updates the same events', async () => {
    const { host, clock, acme } = await twoInterviews()
    const first = await host.api.exportCalendar()
    expect(first).toMatchObject({ fileName: 'follow-ups.ics', events: 4, result: 'download' })
    const ics = first.content!
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(uids(ics)).toContain(calendarUid(acme.id, 'status-check:1'))
    expect(ics).toContain('SUMMARY:Send a thank-you email · Acme Tools')
    expect(field(ics, 'DTSTART')).toContain('VALUE=DATE:20260302')

    // The plan moves (a snooze); the step keeps its UID and a higher SEQUENCE wins in calendars.
    await host.api.snoozeAction({ interviewId: acme.id, key: 'thank-you', until: '2026-03-04' })
    clock.set('2026-03-02T11:00:00')
    const second = (await host.api.exportCalendar()).content!
    expect(uids(second).sort()).toEqual(uids(ics).sort())
    expect(Number(field(second, 'SEQUENCE')[0])).toBeGreaterThan(Number(field(ics, 'SEQUENCE')[0]))
    expect(second).toContain('VALUE=DATE:20260304')
  })

  it('exports one interview’s steps on their own, named for the company', async () => {
    const { host, acme } = await twoInterviews()
    const one = await host.api.exportCalendar({ interviewId: acme.id })
    expect(one).toMatchObject({ fileName: 'follow-ups-acme-tools.ics', events: 2 })
    expect(one.content).not.toContain('Globex')
    await expect(host.api.exportCalendar({ interviewId: 'gone' })).rejects.toMatchObject({
      code: 'not-found',
    })
  })

  it('asks the desktop shell where to save, writes it there, and says when the user cancelled', async () => {
    const target = path.join(tempDir(), 'follow-ups.ics')
    const chooseSavePath = vi.fn(async (): Promise<string | null> => target)
    const shell = fakeShell({ chooseSavePath })
    const { host } = await twoInterviews(shell)
    expect(await host.api.exportCalendar()).toEqual({
      fileName: 'follow-ups.ics',
      events: 4,
      result: 'saved',
      savedTo: target,
    })
    expect(chooseSavePath).toHaveBeenCalledWith({
      title: 'Save the calendar',
      suggestedName: 'follow-ups.ics',
      filters: [{ name: 'Calendar', extensions: ['ics'] }],
    })
    expect(fs.readFileSync(target, 'utf8')).toContain('BEGIN:VEVENT')
    chooseSavePath.mockResolvedValueOnce(null)
    expect(await host.api.exportCalendar()).toMatchObject({ result: 'cancelled' })
    fs.rmSync(path.dirname(target), { recursive: true, force: true })
  })

  it('writes a valid empty calendar when nothing is planned, and safe file names', async () => {
    dir = tempDir()
    const { host } = hostIn(dir)
    const empty = await host.api.exportCalendar()
    expect(empty).toMatchObject({ events: 0 })
    expect(empty.content).toMatch(/^BEGIN:VCALENDAR[\s\S]*END:VCALENDAR\r\n$/)
    expect(calendarFileName('Ünïcode / “Quotes” & Co.')).toBe('follow-ups-unicode-quotes-co.ics')
    expect(calendarFileName('///')).toBe('follow-ups.ics')
  })
})
