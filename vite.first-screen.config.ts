import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/**
 * Builds the renderer's first screen for Node (src/renderer/app/first-screen-html.tsx): the web
 * host and the desktop app's main process load it to write Today into the page they serve. Every
 * package goes into the one file, since a packaged app carries no node_modules for it.
 */
/**
 * The screens the page loads later are never rendered here (only Today is), so their dynamic
 * imports stay as they are instead of becoming chunks that nothing loads.
 */
const leaveLazyScreens: Plugin = {
  name: 'follow-through:leave-lazy-screens',
  resolveDynamicImport: () => false,
}

export default defineConfig({
  plugins: [react(), leaveLazyScreens],
  // React's production build, as the page has: a host's process has no NODE_ENV, which would
  // select (and bundle) the development build, twice as slow to render.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  esbuild: { keepNames: true },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/renderer/app/first-screen-html.tsx',
    outDir: 'out/first-screen',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    rollupOptions: { output: { entryFileNames: 'index.js' } },
  },
})
