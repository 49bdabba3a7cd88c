import { test as base, type Browser, type Page } from '@playwright/test'
import fs from 'node:fs'
import {
  electronBinary,
  fixturePath,
  launchBrowser,
  newDataDir,
  startElectron,
  startWebHost,
  type HostOptions,
  type NotificationPermissionOption,
  type RunningHost,
} from './hosts'

export interface App {
  page: Page
  dataDir: string
  /** Errors the current page logged or threw (see RunningHost). */
  errors: string[]
  /**
   * Stops the host and starts it again on the same data, as a user quitting and reopening would;
   * `change` starts it at another fake time or with other notification permission.
   */
  restart(change?: Partial<Pick<HostOptions, 'fakeNow' | 'notifications'>>): Promise<Page>
}

interface Options {
  /** The fake "now" for the host, so planned dates are predictable. */
  fakeNow: string | undefined
  /** The WAV the fake microphone plays. */
  microphoneWav: string
  /** Web host: let the page show system notifications (recorded in window.__notifications). */
  notifications: NotificationPermissionOption | undefined
  /** Extra environment for the host process. */
  hostEnv: Record<string, string>
}

export const test = base.extend<Options & { app: App }, { browser: Browser }>({
  fakeNow: [undefined, { option: true }],
  microphoneWav: [fixturePath('speech.wav'), { option: true }],
  notifications: [undefined, { option: true }],
  hostEnv: [{}, { option: true }],
  browser: [
    // Playwright reads fixture dependencies from the pattern, so an empty one is required here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      if (workerInfo.project.name !== 'web') return use(undefined as unknown as Browser)
      const browser = await launchBrowser(fixturePath('speech.wav'))
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  app: async ({ fakeNow, microphoneWav, browser, notifications, hostEnv }, use, testInfo) => {
    const dataDir = newDataDir()
    let options: HostOptions = { dataDir, fakeNow, wav: microphoneWav, notifications, env: hostEnv }
    let start: () => Promise<RunningHost>
    let own: Browser | null = null
    if (testInfo.project.name === 'electron') {
      const binary = electronBinary()
      if ('missing' in binary) {
        test.skip(true, `electron project skipped: ${binary.missing}`)
        return
      }
      start = () => startElectron(binary.path, options)
    } else {
      // A non-default microphone file needs its own browser: the flag is per process.
      if (microphoneWav !== fixturePath('speech.wav')) own = await launchBrowser(microphoneWav)
      const chosen = own ?? browser
      start = () => startWebHost(chosen, options)
    }
    let running = await start()
    const app: App = {
      get page() {
        return running.page
      },
      get errors() {
        return running.errors
      },
      dataDir,
      async restart(change = {}) {
        options = { ...options, ...change }
        await running.stop()
        running = await start()
        return running.page
      },
    }
    await use(app)
    await running.stop()
    await own?.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'
