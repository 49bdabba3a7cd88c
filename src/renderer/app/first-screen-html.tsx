import { renderToString } from 'react-dom/server'
import type { RenderFirstScreen } from '../../contract/first-answers'
import { createQueryClient, seedFirstAnswers } from '../api/queries'
import { AppRoot } from './AppRoot'

/**
 * Today as HTML for a host to write into the page it serves, so the screen is on show before the
 * page's scripts have even arrived; the page then hydrates it (main.tsx). Built for Node on its
 * own (vite.first-screen.config.ts). Rendered only from a whole set of answers: with one missing
 * the page would render a loading state instead, and hydration needs the same tree on both sides.
 */
export const renderFirstScreen: RenderFirstScreen = (answers) => {
  if (!answers.settings || !answers.notices || !answers.today) return null
  const client = createQueryClient()
  seedFirstAnswers(client, answers)
  const html = renderToString(<AppRoot client={client} />)
  client.clear()
  return html
}
