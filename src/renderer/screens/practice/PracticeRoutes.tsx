import type { Route } from '../../routing/router'
import { PlayerScreen } from './PlayerScreen'
import { PracticeScreen } from './PracticeScreen'
import { ScriptEditorScreen } from './ScriptEditorScreen'
import { ScriptTreeScreen } from './ScriptTreeScreen'

export type PracticeRoute = Extract<
  Route,
  { name: 'practice' | 'practice-play' | 'practice-edit' | 'practice-tree' }
>

/** The call practice screens, so the app's router needs one line for all of them. */
export function PracticeRoutes({ route }: { route: PracticeRoute }) {
  switch (route.name) {
    case 'practice':
      return <PracticeScreen />
    case 'practice-play':
      return <PlayerScreen scriptId={route.scriptId} interviewId={route.interviewId} />
    case 'practice-edit':
      return <ScriptEditorScreen scriptId={route.scriptId} nodeId={route.nodeId} />
    case 'practice-tree':
      return <ScriptTreeScreen scriptId={route.scriptId} />
  }
}
