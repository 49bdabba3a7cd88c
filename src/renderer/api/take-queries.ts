import { useQuery } from '@tanstack/react-query'
import { getClient } from './client'

// Keys under 'takes' are refreshed by the host's changed('takes') event.
export const takeKeys = {
  all: ['takes'] as const,
  list: (scriptId: string) => ['takes', 'list', scriptId] as const,
  usage: ['takes', 'usage'] as const,
  // Not under 'takes': audio never changes, so a rename must not refetch megabytes.
  audio: (id: string) => ['take-audio', id] as const,
}

export const useTakes = (scriptId: string) =>
  useQuery({
    queryKey: takeKeys.list(scriptId),
    queryFn: () => getClient().listTakes({ scriptId }),
  })

export const useTakesUsage = () =>
  useQuery({ queryKey: takeKeys.usage, queryFn: () => getClient().takesUsage() })

/** A take's audio as a Blob for the player, dropped from memory soon after it is closed. */
export const useTakeAudio = (id: string) =>
  useQuery({
    queryKey: takeKeys.audio(id),
    queryFn: async () => {
      const { audio, mimeType } = await getClient().getTakeAudio({ id })
      return new Blob([audio], { type: mimeType })
    },
    gcTime: 30_000,
  })
