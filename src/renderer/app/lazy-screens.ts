import { createElement, useEffect, useState, type ComponentType } from 'react'
import { interviewsQuery, queryClient } from '../api/queries'
import { ScreenLoading } from './ScreenLoading'

/**
 * A screen that loads when first opened, so the first screen (Today) downloads and parses only
 * its own code. Each `import()` is a chunk of its own; `preload()` fetches it ahead of time.
 * While its code loads the screen shows ScreenLoading instead of suspending: React holds a
 * suspended screen back for 300 ms after its fallback shows, however soon the code lands.
 */
function screen<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<ComponentType<P>> | undefined
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        // A failed download (offline, a new build) is tried again when the screen is opened.
        loading = undefined
        throw err
      },
    ))
  function Screen(props: P) {
    const [Component, setComponent] = useState(() => loaded)
    const [failed, setFailed] = useState<{ error: unknown }>()
    useEffect(() => {
      if (Component) return
      let live = true
      preload().then(
        (c) => live && setComponent(() => c),
        (error: unknown) => live && setFailed({ error }),
      )
      return () => {
        live = false
      }
    }, [Component])
    // To the nearest error boundary, as a screen that fails to render goes.
    if (failed) throw failed.error
    return Component ? createElement(Component, props) : createElement(ScreenLoading)
  }
  return Object.assign(Screen, { preload })
}

export const InterviewsScreen = screen(() =>
  import('../screens/interviews/InterviewsScreen').then((m) => m.InterviewsScreen),
)
export const InterviewScreen = screen(() =>
  import('../screens/interviews/InterviewScreen').then((m) => m.InterviewScreen),
)
export const FollowUpSection = screen(() =>
  import('../screens/followups/FollowUpSection').then((m) => m.FollowUpSection),
)
export const NewInterviewScreen = screen(() =>
  import('../screens/interviews/EditInterviewScreens').then((m) => m.NewInterviewScreen),
)
export const EditInterviewScreen = screen(() =>
  import('../screens/interviews/EditInterviewScreens').then((m) => m.EditInterviewScreen),
)
export const SettingsScreen = screen(() =>
  import('../screens/settings/SettingsScreen').then((m) => m.SettingsScreen),
)
export const PracticeRoutes = screen(() =>
  import('../screens/practice/PracticeRoutes').then((m) => m.PracticeRoutes),
)
export const TakesScreen = screen(() =>
  import('../screens/takes/TakesScreen').then((m) => m.TakesScreen),
)
// The composer with its checker, and the insights charts.
export const MessagesRoutes = screen(() =>
  import('../screens/messages/MessagesRoutes').then((m) => m.default),
)
export const InsightsScreen = screen(() =>
  import('../screens/insights/InsightsScreen').then((m) => m.default),
)

/**
 * Once the first screen has its data and the browser is idle, fetch the tracker's code and its
 * rows: it is where people go next, and 10,000 interviews must open at once. The host's change
 * events keep the rows current afterwards, as they do for any cached query.
 */
function preloadAfterFirstScreen(): void {
  const cache = queryClient.getQueryCache()
  const settled = () =>
    queryClient.isFetching() === 0 && cache.getAll().some((q) => q.state.status === 'success')
  const start = () =>
    requestIdleCallback(
      // The code first: the host answers the rows' request in one go, and a file asked for
      // during it would wait for it.
      () =>
        void InterviewsScreen.preload()
          .catch(() => {})
          .then(() => queryClient.prefetchQuery(interviewsQuery)),
      { timeout: 2000 },
    )
  const stop = cache.subscribe(() => {
    if (!settled()) return
    stop()
    start()
  })
}

if (typeof requestIdleCallback === 'function') preloadAfterFirstScreen()
