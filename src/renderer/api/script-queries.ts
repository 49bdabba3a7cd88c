import { useQuery } from '@tanstack/react-query'
import type { ScriptView } from '../../contract/scripts-api'
import { getClient } from './client'
import { queryClient } from './queries'

// Every key starts with 'scripts', so the host's changed('scripts') event refreshes them all.
export const scriptKeys = {
  all: ['scripts'] as const,
  list: ['scripts', 'list'] as const,
  script: (scriptId: string) => ['scripts', 'one', scriptId] as const,
  counts: (scriptId: string) => ['scripts', 'counts', scriptId] as const,
}

export const useScripts = () =>
  useQuery({ queryKey: scriptKeys.list, queryFn: () => getClient().listScripts() })

export const useScript = (scriptId: string) =>
  useQuery({
    queryKey: scriptKeys.script(scriptId),
    queryFn: () => getClient().getScript({ scriptId }),
  })

export const usePracticeCounts = (scriptId: string) =>
  useQuery({
    queryKey: scriptKeys.counts(scriptId),
    queryFn: () => getClient().getPracticeCounts({ scriptId }),
  })

/** Puts a script the host just returned into the cache, so screens show it without a refetch. */
export function rememberScript(view: ScriptView): void {
  queryClient.setQueryData(scriptKeys.script(view.script.id), view)
  void queryClient.invalidateQueries({ queryKey: scriptKeys.list })
}
