import { defineConfig } from '@playwright/test'

/** `npm run screenshots`: refreshes the README's pictures from the web host with sample data. */
export default defineConfig({
  testDir: 'docs',
  testMatch: 'screenshots.spec.ts',
  outputDir: 'test-results/docs',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
  projects: [{ name: 'web' }],
})
