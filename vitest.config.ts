import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/{core,contract,host,web,main}/**/*.test.ts'],
          benchmark: { include: ['src/{core,host}/**/*.bench.ts'] },
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
