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
    // The draft in the editor is the source of truth while it is open: a background refetch
    // (another window saving) must never replace what the user is typing.
    refetchOnMount: 'always',
  })

export const useDrafts = () =>
  useQuery({ queryKey: messageKeys.drafts, queryFn: () => getClient().listMessageDrafts() })

export const useTemplates = () =>
  useQuery({ queryKey: messageKeys.templates, queryFn: () => getClient().listMessageTemplates() })
