import { defineConfig } from 'vite'

/** Builds the web host (src/web) for Node; the renderer it serves comes from electron-vite. */
export default defineConfig({
  esbuild: { keepNames: true },
  build: {
    ssr: 'src/web/server.ts',
    outDir: 'out/web',
    emptyOutDir: true,
    target: 'node20',
    // Less to read at every start; function names are kept so a stack trace still says where.
    minify: true,
    rollupOptions: { output: { entryFileNames: 'server.js' } },
  },
})
