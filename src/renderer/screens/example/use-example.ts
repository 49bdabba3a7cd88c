import { useState } from 'react'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { refreshFollowUps } from '../../api/queries'
import { useToast } from '../../components/Toasts'

/** Where focus goes once the control that was pressed is gone from the screen. */
function focusLater(selector: string) {
  requestAnimationFrame(() =>
    (
      document.querySelector<HTMLElement>(selector) ??
      document.querySelector<HTMLElement>('main h1')
    )?.focus(),
  )
}

/** Adds or removes the example interview, telling the user what happened either way. */
export function useExample() {
  const toast = useToast()
  const [busy, setBusy] = useState(false)
  const run = async (work: () => Promise<string>, focus: string) => {
    setBusy(true)
    try {
      const message = await work()
      await refreshFollowUps()
      toast({ message })
      focusLater(focus)
    } catch (err) {
      toast({ message: errorMessage(err), tone: 'error' })
    } finally {
      setBusy(false)
    }
  }
  return {
    busy,
    add: () =>
      run(async () => {
        const example = await getClient().addExampleInterview()
        return `Added ${example.company}. Look around, then remove it when you’re ready.`
      }, '#example-banner'),
    /** `after` runs once it is gone, before the message, e.g. to leave the example's own page. */
    remove: (after?: () => void) =>
      run(async () => {
        const { removed } = await getClient().removeExampleInterview()
        after?.()
        return removed ? 'Removed the example interview.' : 'The example was already gone.'
      }, 'main h1'),
  }
}
