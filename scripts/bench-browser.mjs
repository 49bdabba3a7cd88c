// The browser bench (second half of `npm run bench`; not part of `npm test`). Builds the app and
// a bare React 19 + Vite page (bench/bare), seeds stores of 1,000 and 10,000 interviews through
// the host's own storage code, then runs every `scripts/bench/*.mjs`. Each exports
// `default async function run(ctx)` returning rows `{ what, store, value, target, met }`; this
// writes them as one table into BENCH.md between the browser-bench markers.
//   node scripts/bench-browser.mjs [--no-build: the app is built]   BENCH_RUNS=3: more runs (default 2)
//   BENCH_ONLY=first-screen: only that file, and BENCH.md is not written   BENCH_VERBOSE=1: each run
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { runnerImport } from 'vite'
import * as prettier from 'prettier'
import { serveDir } from './bench/lib/static-server.mjs'

const root = path.resolve(import.meta.dirname, '..')
const benchFile = path.join(root, 'BENCH.md')
const START = '<!-- browser-bench:start -->'
const END = '<!-- browser-bench:end -->'
const runs = Math.max(2, Number(process.env.BENCH_RUNS) || 2)
const stores = [1_000, 10_000]
// BENCH_ONLY=first-screen,get-today: run only those files (while working on one measurement).
const only = process.env.BENCH_ONLY?.split(',')

const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p) => p && fs.existsSync(p),
)
const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The app (unless --no-build: it was just built) and, always, the bare page. */
function build() {
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' })
  if (!process.argv.includes('--no-build')) run('npm', ['run', 'build'])
  run('npx', ['vite', 'build', '--config', 'bench/bare/vite.config.ts', '--logLevel', 'warn'])
}

/** Starts `node out/web/server.js` on `dataDir` and a free port; `url` carries the token. */
function startWebHost(dataDir, env = {}) {
  const child = spawn(process.execPath, [path.join(root, 'out/web/server.js')], {
    env: { ...process.env, FOLLOWUP_DATA_DIR: dataDir, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${out}`)), 60_000)
    const onData = (chunk) => {
      out += chunk.toString()
      const match = /running at (http:\/\/\S+)/.exec(out)
      if (!match) return
      clearTimeout(timer)
      const url = new URL(match[1])
      resolve({
        url: url.href,
        origin: url.origin,
        token: url.searchParams.get('token'),
        stop: () => stopWebHost({ child }),
        child,
      })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk) => (out += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`web host exited (${code}):\n${out}`)))
  })
}

/** Stops a host from startWebHost and waits until it has written everything and exited. */
function stopWebHost(host) {
  const { child } = host
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

const median = (xs) => {
  // A run that could not read a value (null) is left out rather than counted as 0.
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b)
  if (s.length === 0) return null
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}

async function main() {
  if (!chromiumPath) throw new Error('No Chromium: set CHROMIUM_PATH.')
  build()

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'follow-through-bench-'))
  // The seeded stores are 20 MB each: never leave them behind, even when a bench throws.
  process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }))
  const now = new Date()
  const { module: seed } = await runnerImport(path.join(root, 'bench/seed-store.ts'))
  const storeDirs = new Map()
  for (const count of stores) {
    const dir = path.join(work, `store-${count}`)
    console.log(`bench: seeding ${count.toLocaleString('en')} interviews in ${dir}`)
    await seed.seedStore(dir, count, now)
    storeDirs.set(count, dir)
  }
  const bare = await serveDir(path.join(root, 'out/bench-bare'))

  /**
   * What every scripts/bench/*.mjs gets. Rows it returns: `{ what, store, value, target, met }`
   * (value and target as shown, met true/false, or null when there is no target).
   */
  const ctx = {
    root,
    chromiumPath,
    launchArgs,
    runs,
    stores,
    now,
    /** The seeded data dir for `count` interviews; copy it (copyStore) before changing data. */
    storeDir: (count) => storeDirs.get(count),
    copyStore(count) {
      const dir = fs.mkdtempSync(path.join(work, `copy-${count}-`))
      fs.cpSync(storeDirs.get(count), dir, { recursive: true })
      return dir
    },
    newDataDir: () => fs.mkdtempSync(path.join(work, 'data-')),
    /** `startWebHost(dataDir, env?)` → `{ url (with the token), origin, token, stop() }`. */
    startWebHost,
    stopWebHost,
    /** The bare React page, served on 127.0.0.1. */
    bareUrl: bare.url,
    /** bench/seed-store.ts: seedStore(dir, count, now), timeGetToday(dir, now). */
    seed,
    median,
    percentile,
  }

  const files = fs
    .readdirSync(path.join(root, 'scripts/bench'))
    .filter((f) => f.endsWith('.mjs'))
    .filter((f) => !only || only.some((name) => f.startsWith(name)))
    .sort()
  const rows = []
  const failures = []
  for (const file of files) {
    console.log(`bench: ${file}`)
    try {
      const { default: run } = await import(pathToFileURL(path.join(root, 'scripts/bench', file)))
      const got = await run(ctx)
      for (const row of got) console.log(`  ${row.what} [${row.store}]: ${row.value}`)
      rows.push(...got.map((row) => ({ ...row, file })))
    } catch (err) {
      console.error(`bench: ${file} failed:`, err)
      failures.push(file)
    }
  }
  await bare.close()

  if (only) console.log('bench: BENCH_ONLY set, BENCH.md left as it was')
  else await writeTable(rows, failures)
  if (failures.length) process.exitCode = 1
}

const cell = (v) => String(v ?? '').replaceAll('|', '\\|')
const metCell = (met) => (met === true ? 'yes' : met === false ? '**no**' : '')

async function writeTable(rows, failures) {
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')
  const lines = [
    START,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Chromium ` +
      `${chromiumVersion()}, medians of ${runs} runs (page loads: first screen ${Math.max(runs, 9)}, list ${Math.max(runs, 5)}), load average at the end ${load} ` +
      `(${os.cpus().length} cores).`,
    '',
    '| what | store | value | target | met | bench |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(r.what)} | ${cell(r.store)} | ${cell(r.value)} | ${cell(r.target)} | ${metCell(r.met)} | ${cell(r.file)} |`,
    ),
    ...(failures.length ? ['', `Failed to run: ${failures.join(', ')}.`] : []),
    '',
    END,
  ]
  let text = fs.readFileSync(benchFile, 'utf8')
  const start = text.indexOf(START)
  const end = text.indexOf(END)
  const section = lines.join('\n')
  text =
    start >= 0 && end > start
      ? text.slice(0, start) + section + text.slice(end + END.length)
      : `${text.trimEnd()}\n\n## Browser bench (issue 9)\n\n${section}\n`
  const options = (await prettier.resolveConfig(benchFile)) ?? {}
  fs.writeFileSync(benchFile, await prettier.format(text, { ...options, filepath: benchFile }))
  console.log(`bench: ${rows.length} rows written to BENCH.md`)
}

function chromiumVersion() {
  try {
    const out = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    return /\d+(\.\d+)+/.exec(out)?.[0] ?? '(unknown version)'
  } catch {
    return '(unknown version)'
  }
}

await main()
