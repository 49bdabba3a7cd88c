import { Suspense, useCallback, useEffect } from 'react'
import type { AppEvent } from '../../contract/events'
import { useHostEvents, useSettings } from '../api/queries'
import { Notices } from '../components/Notices'
import { TodayScreen } from '../screens/today/TodayScreen'
import { openReminder, showReminder } from '../reminders/show-reminder'
import { ReminderBanner } from '../reminders/ReminderBanner'
import { AppFrame } from './AppFrame'
import { href, navigate, useRoute, type Route } from '../routing/router'
import { PageHeading } from '../components/PageHeading'
import { useDocumentTitle } from './use-document-title'
import {
  EditInterviewScreen,
  FollowUpSection,
  InsightsScreen,
  InterviewScreen,
  InterviewsScreen,
  MessagesRoutes,
  NewInterviewScreen,
  PracticeRoutes,
  SettingsScreen,
  TakesScreen,
} from './lazy-screens'
import { ScreenLoading } from './ScreenLoading'

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
      return <MessagesRoutes route={route} />
    case 'insights':
      return <InsightsScreen />
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
    <AppFrame route={route}>
      <Notices />
      <ReminderBanner />
      <Suspense key={JSON.stringify(route)} fallback={<ScreenLoading />}>
        <Screen route={route} />
      </Suspense>
    </AppFrame>
  )
}
