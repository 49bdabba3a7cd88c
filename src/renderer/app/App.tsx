import { lazy, Suspense, useCallback, useEffect } from 'react'
import type { AppEvent } from '../../contract/events'
import { useHostEvents, useSettings } from '../api/queries'
import { Notices } from '../components/Notices'
import { ToastSlot } from '../components/Toasts'
import { EditInterviewScreen, NewInterviewScreen } from '../screens/interviews/EditInterviewScreens'
import { InterviewScreen } from '../screens/interviews/InterviewScreen'
import { InterviewsScreen } from '../screens/interviews/InterviewsScreen'
import { SettingsScreen } from '../screens/settings/SettingsScreen'
import { PracticeRoutes } from '../screens/practice/PracticeRoutes'
import { TodayScreen } from '../screens/today/TodayScreen'
import { TakesScreen } from '../screens/takes/TakesScreen'
import { FollowUpSection } from '../screens/followups/FollowUpSection'
import { openReminder, showReminder } from './show-reminder'
import { ReminderBanner } from '../reminders/ReminderBanner'
import { href, navigate, useRoute, type Route } from './router'
import { PageHeading } from '../components/PageHeading'
import { useDocumentTitle } from './use-document-title'

// The composer and its checker load on first use, keeping them out of the first bundle.
const MessagesRoutes = lazy(() => import('../screens/messages/MessagesRoutes'))

const nav: { route: Route; label: string; match: Route['name'][] }[] = [
  { route: { name: 'today' }, label: 'Today', match: ['today'] },
  {
    route: { name: 'interviews' },
    label: 'Interviews',
    match: ['interviews', 'new-interview', 'interview', 'edit-interview', 'next-round'],
  },
  {
    route: { name: 'practice' },
    label: 'Call practice',
    match: ['practice', 'practice-play', 'practice-edit', 'practice-tree', 'practice-takes'],
  },
  {
    route: { name: 'messages' },
    label: 'Messages',
    match: ['messages', 'message-template', 'compose'],
  },
  { route: { name: 'insights' }, label: 'Insights', match: ['insights'] },
  { route: { name: 'settings' }, label: 'Settings', match: ['settings'] },
]

// Its own chunk: the chart library loads only when Insights is opened.
const InsightsScreen = lazy(() => import('../screens/insights/InsightsScreen'))

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'today':
      return <TodayScreen />
    case 'interviews':
      return <InterviewsScreen />
    case 'new-interview':
      return <NewInterviewScreen />
    case 'next-round':
      return <NewInterviewScreen fromId={route.id} />
    case 'interview':
      return (
        <InterviewScreen id={route.id}>
          <FollowUpSection interviewId={route.id} />
        </InterviewScreen>
      )
    case 'edit-interview':
      return <EditInterviewScreen id={route.id} />
    case 'settings':
      return <SettingsScreen />
    case 'practice':
    case 'practice-play':
    case 'practice-edit':
    case 'practice-tree':
      return <PracticeRoutes route={route} />
    case 'practice-takes':
      return <TakesScreen scriptId={route.scriptId} />
    case 'compose':
    case 'messages':
    case 'message-template':
      return (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <MessagesRoutes route={route} />
        </Suspense>
      )
    case 'insights':
      return (
        <Suspense fallback={<PageHeading>Insights</PageHeading>}>
          <InsightsScreen />
        </Suspense>
      )
    case 'not-found':
      return (
        <>
          <PageHeading>Page not found</PageHeading>
          <p>
            There is nothing at this address. <a href={href({ name: 'today' })}>Go to the start</a>
          </p>
        </>
      )
  }
}

/** The theme setting overrides the OS preference only when the user picked one. */
function useTheme() {
  const { data } = useSettings()
  useEffect(() => {
    const theme = data?.theme ?? 'system'
    if (theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
  }, [data?.theme])
}

export function App() {
  const route = useRoute()
  useTheme()
  useDocumentTitle(route)
  const onEvent = useCallback((event: AppEvent) => {
    if (event.type === 'open-interview') openReminder(event)
    if (event.type === 'open-today') navigate({ name: 'today' })
    if (event.type === 'reminder') showReminder(event)
  }, [])
  useHostEvents(onEvent)

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="sidebar">
        <nav aria-label="Main">
          <div className="brand" aria-hidden="true">
            Follow-Through
          </div>
          <ul>
            {nav.map((item) => (
              <li key={item.label}>
                <a
                  href={href(item.route)}
                  aria-current={item.match.includes(route.name) ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ToastSlot />
      </div>
      <main id="main" className="content">
        <Notices />
        <ReminderBanner />
        <Screen key={JSON.stringify(route)} route={route} />
      </main>
    </div>
  )
}
