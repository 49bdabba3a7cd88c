import { describe, expect, it } from 'vitest'
import type { InterviewListItem, NextStep } from '../../../contract/tracker-api'
import { newestInterviewFirst, summarize } from '../../../core/followup/interview-summary'
import type { Interview } from '../../../core/interview/schema'
import { applyView, type ListView } from './list-view'

const base: Omit<Interview, 'id' | 'company' | 'role' | 'interviewDate' | 'outcome' | 'updatedAt'> =
  {
    interviewTime: '',
    round: 'first',
    interviewers: [],
    recruiter: null,
    timeframe: { kind: 'open' },
    doNotContact: false,
    preferredChannel: null,
    workplace: null,
    topics: '',
    strengths: '',
    forgotten: '',
    accomplishment: '',
    notes: '',
    createdAt: '2026-03-01T00:00:00.000Z',
    deletedAt: null,
  }

const make = (
  id: string,
  company: string,
  interviewDate: string,
  { next = null, ...extra }: Partial<Interview> & { next?: NextStep | null } = {},
): InterviewListItem =>
  summarize(
    {
      ...base,
      id,
      company,
      role: 'Designer',
      interviewDate,
      outcome: 'pending',
      updatedAt: `2026-03-0${id}T00:00:00.000Z`,
      ...extra,
    },
    next,
  )

// In the host's order, newest interview first, as listInterviews sends it.
const list = [
  make('1', 'acme', '2026-03-02', {
    next: { kind: 'status-check', due: '2026-03-10', key: 'status-check:1' },
  }),
  make('2', 'Globex', '2026-02-20', {
    outcome: 'offer',
    interviewers: [{ firstName: 'Dana', lastName: 'Scully', title: '', email: '', phone: '' }],
  }),
  make('3', 'Initech', '2026-03-06', {
    notes: 'Loved the stapler',
    recruiter: { name: 'Zoë Brandt', agency: 'Talent & Co', phone: '', email: '' },
    next: {
      kind: 'thank-you',
      due: '2026-03-06',
      key: 'thank-you',
      snoozedUntil: '2026-03-12',
    },
  }),
].sort(newestInterviewFirst)

const view = (v: Partial<ListView>): ListView => ({
  query: '',
  outcome: 'all',
  sort: 'date-desc',
  ...v,
})
const ids = (v: Partial<ListView>) => applyView(list, view(v)).map((i) => i.id)

describe('applyView', () => {
  it.each<[string, Partial<ListView>, string[]]>([
    ['newest first', {}, ['3', '1', '2']],
    ['oldest first', { sort: 'date-asc' }, ['2', '1', '3']],
    ['company, ignoring case', { sort: 'company' }, ['1', '2', '3']],
    ['recently edited', { sort: 'updated' }, ['3', '2', '1']],
    ['next step soonest, snoozes counted, nothing planned last', { sort: 'next' }, ['1', '3', '2']],
    ['search company', { query: 'GLOB' }, ['2']],
    ['search interviewer', { query: 'scully' }, ['2']],
    ['search recruiter and agency, ignoring accents', { query: 'zoe' }, ['3']],
    ['search agency', { query: 'TALENT &' }, ['3']],
    ['notes stay out of the list and its search', { query: 'stapler' }, []],
    ['filter outcome', { outcome: 'pending' }, ['3', '1']],
    ['search and filter', { query: 'a', outcome: 'offer' }, ['2']],
    ['no match', { query: 'zzz' }, []],
  ])('%s', (_name, v, expected) => {
    expect(ids(v)).toEqual(expected)
  })
})
