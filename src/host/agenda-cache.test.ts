import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AgendaIndex } from '../core/followup/agenda-index'
import type { PlannedAction } from '../core/followup/plan'
import { AGENDA_CACHE_FILE, readAgendaCache, writeAgendaCache } from './agenda-cache'
import { tempDir } from './testing/temp-host'

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const step = (kind: PlannedAction['kind'], due: string): PlannedAction => ({
  kind,
  due,
  reason: '',
})

/** An index of three subjects whose steps fall before, on and after 2026-03-10. */
function index() {
  const agenda = new AgendaIndex<string>((a, b) => a.localeCompare(b))
  agenda.load([
    { id: 'a', subject: 'a', actions: [step('thank-you', '2026-03-05')], overrides: {} },
    {
      id: 'b',
      subject: 'b',
      actions: [step('thank-you', '2026-03-10'), step('status-check', '2026-03-12')],
      overrides: {},
    },
    { id: 'c', subject: 'c', actions: [step('thank-you', '2026-03-10')], overrides: {} },
  ])
  return agenda
}

describe('the kept agenda', () => {
  it('answers counts and pages as the index it was written from', () => {
    const agenda = index()
    writeAgendaCache(dir, 'stamp', 'c', agenda.positions())
    const kept = readAgendaCache(dir, 'stamp')!
    expect(kept.exampleId).toBe('c')
    expect(kept.matches(agenda.positions())).toBe(true)
    for (const today of ['2026-03-01', '2026-03-10', '2026-03-11']) {
      expect(kept.counts(today)).toEqual(agenda.counts(today))
      for (const group of ['overdue', 'dueToday', 'upcoming'] as const) {
        expect(kept.page(group, today, 0, 10)).toEqual(
          agenda.page(group, today, 0, 10).map((item) => ({
            id: item.subject,
            order: item.subject === 'b' && item.action.kind === 'status-check' ? 1 : 0,
            effectiveDue: item.effectiveDue,
            daysOverdue: item.daysOverdue,
          })),
        )
      }
    }
  })

  it('is refused for another stamp, when changed or cut, and differs from another build', () => {
    const agenda = index()
    writeAgendaCache(dir, 'stamp', null, agenda.positions())
    expect(readAgendaCache(dir, 'other')).toBeNull()
    const file = path.join(dir, AGENDA_CACHE_FILE)
    const text = fs.readFileSync(file, 'utf8')
    const data = JSON.parse(text)
    data.steps[2] += 1
    fs.writeFileSync(file, JSON.stringify(data))
    expect(readAgendaCache(dir, 'stamp')).toBeNull()
    fs.writeFileSync(file, text.slice(0, -20))
    expect(readAgendaCache(dir, 'stamp')).toBeNull()

    writeAgendaCache(dir, 'stamp', null, agenda.positions())
    agenda.delete('c')
    expect(readAgendaCache(dir, 'stamp')!.matches(agenda.positions())).toBe(false)
  })
})
