import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { ScriptView } from '../../contract/scripts-api'
import { getClient } from './client'

// Every key starts with 'scripts', so the host's changed('scripts') event refreshes them all.
export const scriptKeys = {
  all: ['scripts'] as const,
  list: ['scripts', 'list'] as const,
  script: (scriptId: string) => ['scripts', 'one', scriptId] as const,
  counts: (scriptId: string) => ['scripts', 'counts', scriptId] as const,
}

export const useScripts = () =>
  useQuery({ queryKey: scriptKeys.list, queryFn: () => getClient().listScripts() })

/** One script as saved; also fetched afresh by the editor after a conflicting save. */
export const scriptQuery = (scriptId: string) =>
  queryOptions({
    queryKey: scriptKeys.script(scriptId),
    queryFn: () => getClient().getScript({ scriptId }),
  })

export const useScript = (scriptId: string) => useQuery(scriptQuery(scriptId))

export const usePracticeCounts = (scriptId: string) =>
  useQuery({
    queryKey: scriptKeys.counts(scriptId),
    queryFn: () => getClient().getPracticeCounts({ scriptId }),
  })

/**
 * Puts a script the host just returned into the cache, so screens show it without a refetch;
 * the list is refreshed by the host's changed('scripts') event.
 */
export const rememberScript = (view: ScriptView, qc: QueryClient) =>
  qc.setQueryData(scriptKeys.script(view.script.id), view)
