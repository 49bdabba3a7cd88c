import { useQuery } from '@tanstack/react-query'
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
