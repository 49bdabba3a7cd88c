import fs from 'node:fs'
import path from 'node:path'
import type { Interview } from '../../core/interview/schema'

const companies = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka']

// What a user really types: a few sentences per field, notes the longest (about 1.4 kB a record
// in all, which makes the 14 MB interviews.json measured at 10,000 interviews).
const sentence =
  'We talked about how the team ships small changes every week and how design reviews work. '
const text = (n: number, i: number) => `${sentence.repeat(n)}(${i})`

/**
 * Writes a store with `count` interviews straight to disk (creating them one by one through the
 * API would rewrite the file each time), spread over the weeks before `today`.
 */
export function writeManyInterviews(dir: string, count: number, today: string): Interview[] {
  const base = Date.parse(`${today}T12:00:00Z`)
  const interviews: Interview[] = Array.from({ length: count }, (_, i) => {
    const day = new Date(base - (i % 60) * 86_400_000).toISOString().slice(0, 10)
    return {
      id: `bench-${i}`,
      company: `${companies[i % companies.length]} ${i}`,
      role: 'Product Designer',
      interviewDate: day,
      interviewTime: '',
      round: 'first',
      interviewers: [
        {
          firstName: 'Dana',
          lastName: 'Lee',
          title: 'Design lead',
          email: 'dana@example.com',
          phone: '',
        },
        ...(i % 2 === 0
          ? [
              {
                firstName: 'Sam',
                lastName: 'Ode',
                title: 'Engineer',
                email: '',
                phone: '+1 555 0100',
              },
            ]
          : []),
      ],
      recruiter: i % 3 === 0 ? { name: 'Rita', agency: 'Agency', phone: '', email: '' } : null,
      timeframe: i % 4 === 0 ? { kind: 'weeks', weeks: 2 } : { kind: 'open' },
      doNotContact: false,
      preferredChannel: null,
      workplace: null,
      topics: text(2, i),
      strengths: text(1, i),
      forgotten: i % 2 === 0 ? text(1, i) : '',
      accomplishment: text(1, i),
      notes: text(8, i),
      outcome: 'pending',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
    }
  })
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'interviews.json'),
    JSON.stringify({ schemaVersion: 1, interviews }),
  )
  return interviews
}

/** A follow-up log beside them: a thank-you for every interview, a status check for some. */
export function writeManyFollowUps(dir: string, interviews: readonly Interview[]): void {
  const followups = Object.fromEntries(
    interviews.map((interview, i) => [
      interview.id,
      {
        attempts: [
          {
            id: `t-${i}`,
            kind: 'thank-you',
            date: interview.interviewDate,
            channel: 'email',
            note: 'Sent a short thank-you note.',
            answered: false,
            outcome: null,
            createdAt: `${interview.interviewDate}T18:00:00.000Z`,
          },
        ],
        overrides: i % 5 === 0 ? { 'status-check:1': { snoozedUntil: '2026-04-01' } } : {},
      },
    ]),
  )
  fs.writeFileSync(
    path.join(dir, 'followups.json'),
    JSON.stringify({ schemaVersion: 1, followups }),
  )
}

/**
 * Rows in id order. The seeded interviews tie in the list's order (same day and entry time), and
 * ties may sit either way, so lists of them are compared in this order.
 */
export const inIdOrder = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id))
