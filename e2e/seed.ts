import type { Page } from '@playwright/test'

/**
 * Calls the host's API from inside the page, with the page's own token, to set up data a test
 * is not about (typing ten interviews into the form would test the form, not the screen).
 */
export async function callApi<T = unknown>(
  page: Page,
  method: string,
  input?: unknown,
): Promise<T> {
  return page.evaluate(
    async ([m, i]) => {
      const token = sessionStorage.getItem('follow-through-token') ?? ''
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-follow-through-token': token },
        body: JSON.stringify({ input: i }),
      })
      const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown }
      if (!body.ok) throw new Error(`${m} failed: ${JSON.stringify(body.error)}`)
      return body.value as never
    },
    [method, input] as const,
  )
}

interface SeedInterview {
  company: string
  interviewDate: string
  outcome?: 'pending' | 'offer' | 'rejected' | 'withdrawn' | 'next-round'
  attempts?: {
    kind: 'thank-you' | 'status-check'
    date: string
    channel: 'email' | 'phone' | 'note'
    answered?: boolean
  }[]
}

/** Interviews with their follow-ups already logged, as a returning user would have them. */
export async function seedInterviews(page: Page, list: SeedInterview[]): Promise<void> {
  for (const i of list) {
    const created = await callApi<{ id: string }>(page, 'createInterview', {
      draft: { company: i.company, role: 'Product Designer', interviewDate: i.interviewDate },
    })
    for (const attempt of i.attempts ?? []) {
      await callApi(page, 'logAttempt', { interviewId: created.id, attempt })
    }
    if (i.outcome && i.outcome !== 'pending') {
      await callApi(page, 'updateInterview', {
        id: created.id,
        draft: {
          company: i.company,
          role: 'Product Designer',
          interviewDate: i.interviewDate,
          outcome: i.outcome,
        },
      })
    }
  }
}

/** Three months of a search, as in the README's picture: enough for every follow-up chart. */
export const returningUser: SeedInterview[] = [
  {
    company: 'Acme Tools',
    interviewDate: '2026-02-02',
    attempts: [
      { kind: 'thank-you', date: '2026-02-02', channel: 'email' },
      { kind: 'status-check', date: '2026-02-10', channel: 'email', answered: true },
    ],
    outcome: 'next-round',
  },
  {
    company: 'Globex',
    interviewDate: '2026-01-19',
    attempts: [
      { kind: 'thank-you', date: '2026-01-20', channel: 'email' },
      { kind: 'status-check', date: '2026-01-28', channel: 'email' },
      { kind: 'status-check', date: '2026-02-04', channel: 'phone', answered: true },
    ],
    outcome: 'rejected',
  },
  {
    company: 'Initech',
    interviewDate: '2026-02-16',
    attempts: [
      { kind: 'thank-you', date: '2026-02-16', channel: 'email' },
      { kind: 'status-check', date: '2026-02-24', channel: 'email', answered: true },
    ],
    outcome: 'offer',
  },
  {
    company: 'Umbrella',
    interviewDate: '2026-01-12',
    attempts: [
      { kind: 'thank-you', date: '2026-01-12', channel: 'note' },
      { kind: 'status-check', date: '2026-01-21', channel: 'email' },
      { kind: 'status-check', date: '2026-01-28', channel: 'phone' },
      { kind: 'status-check', date: '2026-02-04', channel: 'email' },
    ],
  },
  {
    company: 'Hooli',
    interviewDate: '2026-03-02',
    attempts: [{ kind: 'thank-you', date: '2026-03-03', channel: 'email' }],
  },
]

/** Voice evidence for a seeded take; only Insights reads it, so no real audio is needed. */
export interface SeedTakeEvidence {
  speakingShare: number
  longPauses: number
  levelDbfs: number
}

/** Saves a take through the API as the recorder would, stamped with the host's "now". */
export async function seedTake(page: Page, e: SeedTakeEvidence): Promise<void> {
  await page.evaluate(async (ev) => {
    const durationMs = 90_000
    const speakingMs = Math.round(durationMs * ev.speakingShare)
    const pauses = Array.from({ length: ev.longPauses }, (_, i) => ({
      startMs: 10_000 * (i + 1),
      endMs: 10_000 * (i + 1) + 2500,
    }))
    const details = {
      scriptId: 'default-call',
      mode: 'run',
      markers: [{ nodeId: 'opening', atMs: 0 }],
      durationMs,
      mimeType: 'audio/webm',
      analysis: {
        durationMs,
        speakingMs,
        silenceMs: durationMs - speakingMs,
        pauses,
        longestPauseMs: ev.longPauses ? 2500 : 900,
        averageLoudnessDbfs: ev.levelDbfs,
        peakDbfs: ev.levelDbfs + 12,
        clippedRatio: 0,
        tooQuiet: false,
        clipping: false,
        perNode: [],
      },
    }
    const json = new TextEncoder().encode(JSON.stringify(details))
    const response = await fetch('/api/saveTake', {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-follow-through-token': sessionStorage.getItem('follow-through-token') ?? '',
        'x-follow-through-json-length': String(json.byteLength),
      },
      // The host refuses audio that doesn't open like its type: a WebM file starts with EBML's magic.
      body: new Blob([json, new Uint8Array([0x1a, 0x45, 0xdf, 0xa3]), new Uint8Array(2044)]),
    })
    if (!response.ok) throw new Error(`saveTake failed: ${await response.text()}`)
  }, e)
}
