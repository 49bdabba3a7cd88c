import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { getClient } from '../api/client'
import { keys } from '../api/queries'
import { scriptKeys } from '../api/script-queries'
import type { Route } from '../routing/router'
import { screenTitle, titleSubject } from './screen-title'

/**
 * Keeps the window or tab title on the screen being shown. It reads the same cached queries the
 * screens use, so naming the interview or script costs no extra call.
 */
export function useDocumentTitle(route: Route): void {
  const subject = titleSubject(route)
  const interview = useQuery({
    queryKey: keys.interview(subject?.kind === 'interview' ? subject.id : ''),
    queryFn: () => getClient().getInterview({ id: subject!.id }),
    enabled: subject?.kind === 'interview',
  })
  const script = useQuery({
    queryKey: scriptKeys.script(subject?.kind === 'script' ? subject.id : ''),
    queryFn: () => getClient().getScript({ scriptId: subject!.id }),
    enabled: subject?.kind === 'script',
  })
  const name =
    subject?.kind === 'interview'
      ? interview.data?.company
      : subject?.kind === 'script'
        ? script.data?.script.name
        : undefined
  const title = screenTitle(route, name)
  useEffect(() => {
    document.title = title
  }, [title])
}
