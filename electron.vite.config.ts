import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { runnerImport, type Plugin, type Rollup } from 'vite'

/**
 * Packages that must never load with the first screen (Today): validation belongs to the host,
 * and the recorder, waveforms and charts load with the screens that use them. The build fails
 * when one reaches the entry chunk or a chunk it imports statically (issue 9: first-screen
 * JavaScript within 1.5× a bare React page, which is about React's own size plus 35 kB gzip).
 */
const refused = ['zod', 'wavesurfer.js', 'fix-webm-duration', '@visx/', 'd3-']
const packageOf = (id: string) => {
  const parts = id.split('/node_modules/').pop()!.split('/')
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
}

/** FIRST_SCREEN_REPORT=1: what the first screen's chunks hold, by package (minified bytes). */
function reportFirstScreen(chunks: { modules: Record<string, { renderedLength: number }> }[]) {
  const sizes = new Map<string, number>()
  for (const chunk of chunks) {
    for (const [id, info] of Object.entries(chunk.modules)) {
      const pkg = id.includes('/node_modules/')
        ? packageOf(id)
        : id.replace(/^.*\/src\//, 'src/').replace(/\/[^/]+$/, '/')
      sizes.set(pkg, (sizes.get(pkg) ?? 0) + info.renderedLength)
    }
  }
  for (const [pkg, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
    console.log(`${String(Math.round(size / 1000)).padStart(5)} kB  ${pkg}`)
  }
}

/** The sidebar as static HTML in index.html: the first paint need not wait for the JavaScript. */
function appShell(): Plugin {
  const root = '<div id="root"></div>'
  return {
    name: 'app-shell',
    async transformIndexHtml(html) {
      if (!html.includes(root)) throw new Error(`app-shell: index.html has no ${root}`)
      // Loaded through Vite: renderer code, not part of this (Node) config's own program.
      const { module } = await runnerImport<{ appShellHtml(): string }>(
        resolve(__dirname, 'src/renderer/app/nav.ts'),
      )
      return html.replace(root, `<div id="root">${module.appShellHtml()}</div>`)
    },
  }
}

/** The entry chunk and every chunk it imports statically: what the first screen loads. */
function firstScreenChunks(bundle: Rollup.OutputBundle): Set<string> {
  const chunks = new Map(
    Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])),
  )
  const first = new Set<string>()
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName)
    if (!chunk || first.has(fileName)) return
    first.add(fileName)
    chunk.imports.forEach(visit)
  }
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName)
  return first
}

/**
 * The entry's stylesheet goes into index.html. As a file it was one more request before anything
 * could be painted, and the host now writes Today into the page: with its styles in the page too,
 * the screen is painted as soon as the HTML is parsed. The screens loaded later keep their files.
 */
function inlineEntryStyles(): Plugin {
  return {
    name: 'follow-through:inline-entry-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const link = /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)">/.exec(html)
        const asset = link && bundle?.[link[1]!]
        if (!link || asset?.type !== 'asset') throw new Error('inline-entry-styles: no stylesheet')
        delete bundle![link[1]!]
        // `</style` cannot occur in CSS the build wrote, but a stray one would end the element.
        const css = String(asset.source).replaceAll('</style', '<\\/style')
        return html.replace(link[0], () => `<style>${css}</style>`)
      },
    },
  }
}

function firstScreenGuard(): Plugin {
  return {
    name: 'first-screen-guard',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c]] : [])),
      )
      const first = firstScreenChunks(bundle)
      const modules = [...first].flatMap((fileName) => Object.keys(chunks.get(fileName)!.modules))
      const onFirstScreen = new Set(modules)
      if (process.env.FIRST_SCREEN_REPORT) reportFirstScreen([...first].map((f) => chunks.get(f)!))
      /** Which packages of `list` are there, and which of our own modules import them. */
      const explain = (list: string[]) => {
        const found = modules.filter((id) => list.some((p) => id.includes(`/node_modules/${p}`)))
        const ours = new Set<string>()
        const seen = new Set<string>()
        const up = (id: string) => {
          if (seen.has(id)) return
          seen.add(id)
          if (!id.includes('/node_modules/')) {
            if (onFirstScreen.has(id)) ours.add(id.replace(`${__dirname}/`, ''))
            return
          }
          this.getModuleInfo(id)?.importers.forEach(up)
        }
        found.forEach(up)
        if (found.length === 0) return null
        return (
          `${[...new Set(found.map(packageOf))].join(', ')} would load with the first screen, ` +
          `imported by:\n${[...ours].map((id) => `  ${id}`).join('\n')}\nImport it from a screen ` +
          `that loads when opened (src/renderer/app/lazy-screens.ts), or move what the first ` +
          `screen needs into a module without it.`
        )
      }
      const error = explain(refused)
      if (error) this.error(error)
    },
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module.
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), appShell(), inlineEntryStyles(), firstScreenGuard()],
    build: {
      // electron-vite leaves the renderer unminified; the first screen's download and parse
      // time is what users wait for (issue 9).
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  },
})
