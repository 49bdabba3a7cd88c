import { cleanup, screen } from '@testing-library/react'
import { bench, describe } from 'vitest'
import type { AgendaRow } from '../../../contract/planner-api'
import { actionKey, buildAgenda } from '../../../core/followup/agenda'
import { planFollowUps } from '../../../core/followup/plan'
import { fakeClient } from '../../testing/fake-client'
import { renderWith } from '../../testing/render-app'
import { todayView } from '../../testing/today-view'
import { TodayScreen } from './TodayScreen'

const today = '2026-03-10'
// The agenda of 10,000 interviews spread over the 60 days before today, as the host builds it.
const entries = Array.from({ length: 10_000 }, (_, i) => {
  const day = new Date(Date.UTC(2026, 2, 10) - (i % 60) * 86_400_000).toISOString().slice(0, 10)
  const subject = { id: `i${i}`, company: `Company ${i}`, role: 'Designer' }
  const actions = planFollowUps({
    interviewDate: day,
    timeframe: { kind: 'open' },
    viaRecruiter: i % 3 === 0,
    doNotContact: false,
    outcome: 'pending',
    attempts: [],
    holidays: [],
  })
  return { subject, actions, overrides: {} }
})
const agenda = buildAgenda(entries, today)
const rows = (items: typeof agenda.overdue): AgendaRow[] =>
  items.map((item) => ({
    interviewId: item.subject.id,
    company: item.subject.company,
    role: item.subject.role,
    action: { ...item.action, key: actionKey(item.action) },
    effectiveDue: item.effectiveDue,
    daysOverdue: item.daysOverdue,
  }))
// What getToday sends: each group's count and its first rows.
const view = todayView(today, {
  overdue: rows(agenda.overdue),
  dueToday: rows(agenda.today),
  upcoming: rows(agenda.upcoming),
})
const { client } = fakeClient({ getToday: async () => view })
const steps = view.counts.overdue + view.counts.dueToday + view.counts.upcoming

describe(`Today view with 10,000 interviews (${steps} steps)`, () => {
  bench(
    'first render until the overdue group shows',
    async () => {
      renderWith(client, <TodayScreen />)
      await screen.findByRole('region', { name: /^Overdue/ })
      cleanup()
    },
    { iterations: 10, warmupIterations: 2 },
  )
})
