// The offline packaging check (part of `npm test`). The installers need an Electron download,
// which this machine and CI cannot make, so this runs the real packager (electron-builder, with
// the repository's electron-builder.json) against a stand-in Electron binary, then proves that
// the packaged app holds everything it loads at run time:
//   - the fuses in electron-builder.json were written into the binary;
//   - every import of out/main resolves and loads from app.asar alone (transitively, with Node's
//     own resolver, `electron` stubbed as the runtime provides it);
//   - the sandboxed preload requires nothing but `electron`;
//   - every file of out/renderer, and every asset its index.html names, is in the archive;
//   - main's first-screen renderer (out/first-screen) loads from the archive alone and renders
//     Today;
//   - the tray and window icons main loads are in the archive; dev-only folders are not;
//   - the mac/win/linux settings that cannot be built here are present and point at real files.
// Run after `npm run build`: node scripts/check-package.mjs
import asar from '@electron/asar'
import { getCurrentFuseWire } from '@electron/fuses'
import { build, Platform } from 'electron-builder'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const config = JSON.parse(fs.readFileSync(path.join(root, 'electron-builder.json'), 'utf8'))
const failures = []
const fail = (message) => failures.push(message)
const started = Date.now()

if (!fs.existsSync(path.join(root, 'out/main/index.js'))) {
  console.error('check-package: run `npm run build` first (out/main/index.js is missing).')
  process.exit(1)
}

// --- A stand-in Electron: any executable carrying the fuse wire Electron ships with. ----------
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// Electron's defaults: runAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
// asar integrity off, only-load-from-asar off, browser V8 snapshot off, file:// privileges on.
const DEFAULT_WIRE = '10110001'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'follow-through-package-'))
const electronDist = path.join(work, 'electron-dist')
fs.mkdirSync(path.join(electronDist, 'resources'), { recursive: true })
fs.writeFileSync(
  path.join(electronDist, 'electron'),
  Buffer.concat([
    Buffer.from('#!/bin/sh\nexit 0\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE),
  ]),
  { mode: 0o755 },
)
fs.writeFileSync(path.join(electronDist, 'LICENSE'), '')
fs.writeFileSync(path.join(electronDist, 'version'), '')

// --- The real packager, with the real config, for an unpacked Linux app. ----------------------
const output = path.join(work, 'dist')
await build({
  projectDir: root,
  targets: Platform.LINUX.createTarget('dir'),
  publish: 'never',
  config: { ...config, electronDist, directories: { ...config.directories, output } },
})
const appDir = path.join(output, 'linux-unpacked')
const archive = path.join(appDir, 'resources', 'app.asar')
if (!fs.existsSync(archive)) throw new Error(`the packager made no ${archive}`)

// --- Fuses. -----------------------------------------------------------------------------------
const fuseIndex = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  grantFileProtocolExtraPrivileges: 7,
}
const wire = await getCurrentFuseWire(path.join(appDir, config.linux.executableName))
const required = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
}
for (const [fuse, want] of Object.entries(required)) {
  if (config.electronFuses?.[fuse] !== want) fail(`electron-builder.json must set ${fuse}: ${want}`)
  const state = wire[fuseIndex[fuse]] === 49
  if (state !== want) fail(`fuse ${fuse} is ${state ? 'on' : 'off'} in the packaged binary`)
}

// --- What is in the archive. ------------------------------------------------------------------
const files = new Set(
  asar.listPackage(archive, { isPack: false }).map((f) => f.replace(/\\/g, '/').replace(/^\//, '')),
)
const has = (file) => files.has(file)
const extracted = path.join(work, 'app')
asar.extractAll(archive, extracted)

const pkg = JSON.parse(fs.readFileSync(path.join(extracted, 'package.json'), 'utf8'))
if (!has(pkg.main.replace(/^\.\//, ''))) fail(`package.json main (${pkg.main}) is not in app.asar`)
for (const dir of [
  'src',
  'e2e',
  'out/web',
  'docs',
  'node_modules/electron',
  'node_modules/vitest',
]) {
  if ([...files].some((f) => f === dir || f.startsWith(`${dir}/`)))
    fail(`${dir} must not be packaged`)
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? walk(p) : [p]
  })
}
const relative = (p) => path.relative(root, p).split(path.sep).join('/')
const mainFiles = walk(path.join(root, 'out/main')).filter((f) => !f.endsWith('.map'))
const rendererFiles = walk(path.join(root, 'out/renderer')).filter((f) => !f.endsWith('.map'))
const firstScreenFiles = walk(path.join(root, 'out/first-screen'))
for (const f of [
  ...mainFiles,
  ...rendererFiles,
  ...firstScreenFiles,
  path.join(root, 'out/preload/index.cjs'),
]) {
  if (!has(relative(f))) fail(`${relative(f)} is missing from app.asar`)
}

// The renderer's page and every asset it names.
const html = fs.readFileSync(path.join(root, 'out/renderer/index.html'), 'utf8')
for (const [, ref] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('#')) continue
  const file = path.posix.normalize(`out/renderer/${ref.replace(/^\.?\//, '')}`)
  if (!has(file)) fail(`index.html loads ${ref}, which is not in app.asar`)
}

// Icons main loads through resourcePath() (src/main/resources-path.ts).
for (const icon of [
  'icon.png',
  'tray.png',
  'tray@2x.png',
  'trayTemplate.png',
  'trayTemplate@2x.png',
]) {
  if (!has(`resources/app-icons/${icon}`))
    fail(`resources/app-icons/${icon} is missing from app.asar`)
}

// --- The sandboxed preload may require only `electron`. ----------------------------------------
const preload = fs.readFileSync(path.join(root, 'out/preload/index.cjs'), 'utf8')
for (const [, spec] of preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)) {
  if (spec !== 'electron')
    fail(`the sandboxed preload requires "${spec}"; only "electron" loads there`)
}

// --- Every runtime import of out/main, loaded from the archive's files alone. ------------------
const specifiers = new Set()
for (const file of mainFiles.filter((f) => f.endsWith('.js'))) {
  const code = fs.readFileSync(file, 'utf8')
  const patterns = [
    /^\s*import\s+(?:[^'";]+?\s+from\s+)?["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*export\s+[^'";]+?\s+from\s+["']([^"']+)["']/gm,
  ]
  for (const re of patterns) for (const [, spec] of code.matchAll(re)) specifiers.add(spec)
}
const bare = [...specifiers].filter(
  (s) => !s.startsWith('.') && !s.startsWith('node:') && s !== 'electron' && !isBuiltin(s),
)
function isBuiltin(s) {
  return [
    'fs',
    'path',
    'os',
    'url',
    'crypto',
    'events',
    'util',
    'stream',
    'child_process',
  ].includes(s)
}
if (bare.length === 0) fail('found no package imports in out/main: the check would prove nothing')

/** Runs `file` (inside the extracted archive, so only its own files can answer); `failure` if it fails. */
function runProbe(file, failure) {
  try {
    execFileSync(process.execPath, [file], {
      cwd: path.dirname(file),
      env: { ...process.env, NODE_PATH: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (err) {
    fail(`${failure}:\n${err.stderr?.toString() ?? err.message}`)
  }
}

// A child Node process, inside the extracted archive (so only its node_modules can answer),
// imports each package out/main imports; `electron` comes from the runtime, so it is stubbed.
const probe = path.join(extracted, 'out/main/__package-check.mjs')
fs.writeFileSync(
  probe,
  `import { register } from 'node:module'
register('data:text/javascript,' + encodeURIComponent(\`
  export async function resolve(specifier, context, next) {
    if (specifier === 'electron') return { url: 'data:text/javascript,' + encodeURIComponent('const any = new Proxy(function () {}, { get: () => any, apply: () => any, construct: () => any }); export default any; export const app = any, ipcMain = any, ipcRenderer = any, shell = any, BrowserWindow = any, dialog = any, Notification = any, nativeTheme = any'), shortCircuit: true }
    return next(specifier, context)
  }\`))
const failed = []
for (const spec of ${JSON.stringify(bare)}) {
  try { await import(spec) } catch (err) { failed.push(spec + ': ' + (err.code ?? '') + ' ' + err.message.split('\\n')[0]) }
}
if (failed.length) { console.error(failed.join('\\n')); process.exit(1) }
`,
)
runProbe(probe, "out/main's imports do not all load from app.asar")

// --- Main renders the window's first Today with out/first-screen: it must need nothing else. ---
const renderProbe = path.join(extracted, 'out/first-screen/__package-check.mjs')
fs.writeFileSync(
  renderProbe,
  `const { renderFirstScreen } = await import('./index.js')
const row = { interviewId: 'i1', company: 'Acme', role: 'Designer', effectiveDue: '2026-03-02', daysOverdue: 0,
  action: { kind: 'thank-you', due: '2026-03-02', channel: 'email', reason: 'Thank them.', key: 'thank-you' } }
const html = renderFirstScreen({
  settings: { theme: 'system' },
  notices: [],
  today: { today: '2026-03-02', empty: false, example: null, counts: { overdue: 0, dueToday: 1, upcoming: 0 },
    overdue: [], dueToday: [row], upcoming: [] },
})
if (!html || !html.includes('Acme') || !html.includes('<h1')) { console.error(String(html).slice(0, 300)); process.exit(1) }
`,
)
runProbe(renderProbe, 'out/first-screen does not render Today from app.asar alone')

// --- Installer settings that only their own platforms can build. -------------------------------
const appId = /APP_ID = '([^']+)'/.exec(
  fs.readFileSync(path.join(root, 'src/main/app-id.ts'), 'utf8'),
)
if (appId?.[1] !== config.appId)
  fail(`appId (${config.appId}) must match src/main/app-id.ts (${appId?.[1]})`)
if (!config.mac?.extendInfo?.NSMicrophoneUsageDescription)
  fail('mac.extendInfo needs NSMicrophoneUsageDescription')
const expectTargets = { mac: ['dmg'], win: ['nsis'], linux: ['AppImage', 'deb'] }
for (const [os_, targets] of Object.entries(expectTargets)) {
  for (const t of targets) if (!config[os_]?.target?.includes(t)) fail(`${os_} must build ${t}`)
}
const magic = {
  'resources/build/icon.icns': 'icns',
  'resources/build/icon.ico': '\0\0\x01\0',
  'resources/build/icon.png': '\x89PNG',
}
for (const [file, head] of Object.entries(magic)) {
  const bytes = fs.existsSync(path.join(root, file)) ? fs.readFileSync(path.join(root, file)) : null
  if (!bytes || bytes.subarray(0, head.length).toString('latin1') !== head)
    fail(`${file} is not a valid icon`)
}
for (const f of [config.mac.entitlements, path.join(config.linux.icon, '512x512.png')]) {
  if (!fs.existsSync(path.join(root, f))) fail(`${f} is missing`)
}

const archiveMb = (fs.statSync(archive).size / 1048576).toFixed(1)
fs.rmSync(work, { recursive: true, force: true })
const seconds = ((Date.now() - started) / 1000).toFixed(1)
if (failures.length) {
  console.error(`check-package: ${failures.length} problem(s):\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
console.log(
  `check-package: app.asar holds ${files.size} files (${archiveMb} MB); ${bare.length} packages out/main imports all load from it; fuses set; ${seconds} s.`,
)
