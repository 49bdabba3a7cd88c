import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/{core,contract,host,web}/**/*.test.ts'],
          benchmark: { include: ['src/{core,host}/**/*.bench.ts'] },
        },
      },
      {
        test: {
          // The Electron shell on a fake of the Electron APIs (src/main/testing/fake-electron.ts);
          // --expose-gc lets a test prove a notification survives garbage collection.
          name: 'main',
          environment: 'node',
          include: ['src/{main,preload}/**/*.test.ts'],
          execArgv: ['--expose-gc'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          benchmark: { include: ['src/renderer/**/*.bench.{ts,tsx}'] },
          setupFiles: ['src/renderer/test-setup.ts'],
        },
      },
    ],
  },
})
