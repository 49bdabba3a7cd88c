import { randomBytes } from 'node:crypto'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { confStore } from '../host/conf-store'
import { createHost } from '../host/create-host'
import { firstPageWriter, loadFirstScreenRenderer } from '../host/first-page'
import { clockFromEnv, reminderCheckMsFromEnv } from '../host/clock-from-env'
import { nodeTakeStore } from '../host/node-take-store'
import { createHttpApp } from './http-app'
import { listenOnFirstFree, portsToTry, rememberedPort, rememberPort } from './port-memory'

const here = path.dirname(fileURLToPath(import.meta.url))

function dataDir(): string {
  if (process.env.FOLLOWUP_DATA_DIR) return path.resolve(process.env.FOLLOWUP_DATA_DIR)
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share')
  return path.join(base, 'follow-through')
}

const dir = dataDir()
const token = randomBytes(24).toString('base64url')
const host = createHost({
  store: confStore(dir),
  clock: clockFromEnv(),
  // Reminders go to the open pages, which show them and acknowledge; see PageDelivery.
  notifier: { notify: (n) => host.pages.send(n) },
  takes: nodeTakeStore(path.join(dir, 'recordings')),
})

const rendererDir = process.env.FOLLOWUP_RENDERER_DIR ?? path.resolve(here, '../renderer')
const firstPage = firstPageWriter(
  loadFirstScreenRenderer(path.resolve(rendererDir, '../first-screen/index.js')),
)
const server: http.Server = http.createServer(
  createHttpApp({
    host,
    token,
    rendererDir,
    firstPage,
    port: (): number => (server.address() as { port: number }).port,
  }),
)

host.reminders.start(reminderCheckMsFromEnv())
host.data.start()
// Today is rendered while the link is on its way to the browser, not when it is opened.
void firstPage.prepare(host)

// The last launch's port when it is free, so a bookmarked address still finds the app.
const envPort = process.env.PORT
const { port, skipped } = await listenOnFirstFree(server, portsToTry(envPort, rememberedPort(dir)))
if (!envPort) rememberPort(dir, port)
console.log(`Follow-Through is running at http://127.0.0.1:${port}/?token=${token}`)
if (skipped.length > 0) {
  console.log(`Port ${skipped[0]} (used last time) is busy, so this launch uses ${port}.`)
}
console.log(
  'Open the link above: its token changes with each launch, so a page from an earlier one asks for it again.',
)
console.log(`Data is kept in ${dir}`)

const stop = () => {
  server.close()
  server.closeAllConnections()
  // Every acknowledged change is already on disk; this lets a compaction or backup finish.
  void host.dispose().finally(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
