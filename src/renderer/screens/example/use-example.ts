import { useState } from 'react'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { refreshFollowUps } from '../../api/queries'
import { useToast } from '../../components/Toasts'

let bannerWantsFocus = false

/**
 * True once after the example was added: the banner that appears then takes focus as it mounts,
 * since the button that was pressed is gone by the time the new Today renders.
 */
export function takeBannerFocus(): boolean {
  const wanted = bannerWantsFocus
  bannerWantsFocus = false
  return wanted
}

/** Focus goes back to the heading once the control that was pressed is gone from the screen. */
const focusHeading = () =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus())

/** Adds or removes the example interview, telling the user what happened either way. */
export function useExample() {
  const toast = useToast()
  const [busy, setBusy] = useState(false)
  const run = async (work: () => Promise<string>, after: () => void) => {
    setBusy(true)
    try {
      const message = await work()
      after()
      await refreshFollowUps()
      toast({ message })
    } catch (err) {
      toast({ message: errorMessage(err), tone: 'error' })
    } finally {
      setBusy(false)
    }
  }
  return {
    busy,
    add: () =>
      run(
        async () => {
          const example = await getClient().addExampleInterview()
          return `Added ${example.company}. Look around, then remove it when you’re ready.`
        },
        () => {
          bannerWantsFocus = true
        },
      ),
    /** `after` runs once it is gone, before the message, e.g. to leave the example's own page. */
    remove: (after?: () => void) =>
      run(async () => {
        const { removed } = await getClient().removeExampleInterview()
        after?.()
        return removed ? 'Removed the example interview.' : 'The example was already gone.'
      }, focusHeading),
  }
}
