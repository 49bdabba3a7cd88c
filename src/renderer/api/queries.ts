import { QueryClient, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { AppClient } from '../../contract/api'
import type { AppEvent, Topic } from '../../contract/events'
import type { FirstAnswers } from '../../contract/first-answers'
import { AGENDA_PAGE_MAX } from '../../contract/agenda-paging'
import type { AgendaGroup } from '../../core/followup/agenda-index'
import { getClient } from './client'

/** The page's cache, and the one a host renders the first screen from: they must agree. */
export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })

export const queryClient = createQueryClient()

const api = (): AppClient => getClient()

export const keys = {
  interviews: ['interviews'] as const,
  interview: (id: string) => ['interviews', id] as const,
  settings: ['settings'] as const,
  notices: ['notices'] as const,
  followUps: (interviewId: string) => ['followups', interviewId] as const,
  today: ['today'] as const,
  insights: ['insights'] as const,
}

// What each kind of change makes stale: a new attempt or a new holiday moves every plan.
const topicKeys: Record<Topic, (readonly unknown[])[]> = {
  interviews: [keys.interviews, ['followups'], keys.today, keys.insights],
  settings: [keys.settings, keys.interviews, ['followups'], keys.today, keys.insights],
  notices: [keys.notices],
  followups: [['followups'], keys.interviews, keys.today, keys.insights],
  scripts: [['scripts'], keys.insights],
  takes: [['takes'], keys.insights],
  messages: [['messages']],
}

/** Keeps every view current when the host reports a change (another window, a reminder). */
export function useHostEvents(onEvent?: (event: AppEvent) => void): void {
  const qc = useQueryClient()
  useEffect(
    () =>
      api().onEvent((event) => {
        if (event.type === 'changed') {
          for (const queryKey of topicKeys[event.topic]) void qc.invalidateQueries({ queryKey })
        }
        if (event.type === 'notice') void qc.invalidateQueries({ queryKey: keys.notices })
        onEvent?.(event)
      }),
    [qc, onEvent],
  )
}

/** The tracker's summary rows; also fetched ahead, when idle, by lazy-screens.ts. */
export const interviewsQuery = { queryKey: keys.interviews, queryFn: () => api().listInterviews() }

export const useInterviews = () => useQuery(interviewsQuery)

export const useInterview = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({ queryKey: keys.interview(id), queryFn: () => api().getInterview({ id }), ...options })

export const useFollowUps = (interviewId: string) =>
  useQuery({
    queryKey: keys.followUps(interviewId),
    queryFn: () => api().getFollowUps({ interviewId }),
  })

export const useToday = () => useQuery({ queryKey: keys.today, queryFn: () => api().getToday() })

/** One Today group page by page, for "Show all"; under `keys.today`, so it refreshes with it. */
export const useAgendaPages = (group: AgendaGroup, enabled: boolean) =>
  useInfiniteQuery({
    queryKey: [...keys.today, group],
    queryFn: ({ pageParam }) =>
      api().getAgendaPage({ group, offset: pageParam, limit: AGENDA_PAGE_MAX }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.rows.length, 0)
      return loaded < last.total && last.rows.length > 0 ? loaded : undefined
    },
    enabled,
  })

export const useSettings = () =>
  useQuery({ queryKey: keys.settings, queryFn: () => api().getSettings() })

export const useNotices = () =>
  useQuery({ queryKey: keys.notices, queryFn: () => api().listNotices() })

/**
 * The first screen's answers (see first-screen.ts): those the page came with go into the cache
 * as they are; calls made before the first render become the queries' fetches, so the screens
 * that mount find them under way, or answered, and never ask twice.
 */
export function startedQueries(
  given: FirstAnswers,
  calls: { [K in keyof FirstAnswers]-?: Promise<NonNullable<FirstAnswers[K]>> | null },
): void {
  seedFirstAnswers(queryClient, given)
  for (const [name, call] of Object.entries(calls)) {
    const queryKey = firstKeys[name as keyof FirstAnswers]
    // A failed call is left for the screen's own query to show (and to try again).
    if (call && queryClient.getQueryData(queryKey) === undefined)
      void queryClient.prefetchQuery<unknown>({ queryKey, queryFn: () => call })
  }
}

const firstKeys = { settings: keys.settings, notices: keys.notices, today: keys.today }

/** Puts the answers a page came with into `client`, as the page and a host's first render need. */
export function seedFirstAnswers(client: QueryClient, given: FirstAnswers): void {
  for (const [name, queryKey] of Object.entries(firstKeys)) {
    const value = given[name as keyof FirstAnswers]
    if (value !== undefined) client.setQueryData(queryKey, value)
  }
}

/** A mutation that refreshes the given queries once it succeeds. */
