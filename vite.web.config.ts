import { defineConfig } from 'vite'

/** Builds the web host (src/web) for Node; the renderer it serves comes from electron-vite. */
export default defineConfig({
  build: {
    ssr: 'src/web/server.ts',
    outDir: 'out/web',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'server.js' } },
  },
})
