import { rememberInterview, useWrite } from '../../api/mutations'
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
  // The host's change events bring the example onto (or off) every screen.
  const add = useWrite((api) => api.addExampleInterview(), rememberInterview)
  const remove = useWrite((api) => api.removeExampleInterview())
  return {
    busy: add.isPending || remove.isPending,
    add: async () => {
      // Set first: the change event may bring the banner before this call's answer arrives.
      bannerWantsFocus = true
      const added = await add.run(undefined, (example) =>
        toast({
          message: `Added ${example.company}. Look around, then remove it when you’re ready.`,
        }),
      )
      if (!added) bannerWantsFocus = false
    },
    /** `after` runs once it is gone, before the message, e.g. to leave the example's own page. */
    remove: (after?: () => void) =>
      remove.run(undefined, ({ removed }) => {
        after?.()
        focusHeading()
        toast({
          message: removed ? 'Removed the example interview.' : 'The example was already gone.',
        })
      }),
  }
}
