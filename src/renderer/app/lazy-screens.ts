import { lazy, type ComponentType } from 'react'

/**
 * A screen that loads when first opened, so the first screen (Today) downloads and parses only
 * its own code. Each `import()` is a chunk of its own.
 */
function screen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }))
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
