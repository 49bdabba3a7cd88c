import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/** The bare React 19 + Vite page the browser bench compares the app with (default build). */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, '../../out/bench-bare'), emptyOutDir: true },
})
