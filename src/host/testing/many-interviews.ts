import fs from 'node:fs'
import path from 'node:path'
import type { Interview } from '../../core/interview/schema'

const companies = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka']

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
      interviewers: [{ firstName: 'Dana', lastName: 'Lee', title: '', email: '', phone: '' }],
      recruiter: i % 3 === 0 ? { name: 'Rita', agency: 'Agency', phone: '', email: '' } : null,
      timeframe: i % 4 === 0 ? { kind: 'weeks', weeks: 2 } : { kind: 'open' },
      doNotContact: false,
      preferredChannel: null,
      workplace: null,
      topics: '',
      strengths: '',
      forgotten: '',
      accomplishment: '',
      notes: '',
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
