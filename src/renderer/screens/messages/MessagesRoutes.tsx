import type { Route } from '../../routing/router'
import { ComposerScreen } from './ComposerScreen'
import { MessagesScreen } from './MessagesScreen'
import { TemplateEditorScreen } from './TemplateEditorScreen'
import './messages.css'

type MessagesRoute = Extract<Route, { name: 'compose' | 'messages' | 'message-template' }>

/** The messages screens, loaded on first use so the checker stays out of the first bundle. */
export default function MessagesRoutes({ route }: { route: MessagesRoute }) {
  switch (route.name) {
    case 'compose':
      return (
        <ComposerScreen
          interviewId={route.id}
          slot={route.slot}
          {...(route.person ? { person: route.person } : {})}
        />
      )
    case 'messages':
      return <MessagesScreen />
    case 'message-template':
      return <TemplateEditorScreen templateId={route.templateId} />
  }
}
