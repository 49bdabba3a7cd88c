import { useQuery } from '@tanstack/react-query'
import { getClient } from '../../api/client'

export const messageKeys = {
  composer: (interviewId: string, slot: string, person?: string) =>
    ['messages', 'composer', interviewId, slot, person ?? ''] as const,
  drafts: ['messages', 'drafts'] as const,
  templates: ['messages', 'templates'] as const,
}

export const useComposer = (interviewId: string, slot: string, person?: string) =>
  useQuery({
    queryKey: messageKeys.composer(interviewId, slot, person),
    queryFn: () => getClient().getComposer({ interviewId, slot, ...(person ? { person } : {}) }),
    // Never start from a cached copy: it may predate the draft saved when the composer last
    // closed. While open, the editor's own state wins over any refetch.
    refetchOnMount: 'always',
    gcTime: 0,
  })

export const useDrafts = () =>
  useQuery({ queryKey: messageKeys.drafts, queryFn: () => getClient().listMessageDrafts() })

export const useTemplates = () =>
  useQuery({ queryKey: messageKeys.templates, queryFn: () => getClient().listMessageTemplates() })
