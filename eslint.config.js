import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
})

const rendererRefused = [
  'electron',
  'electron/*',
  'node:*',
  '**/host/**',
  '**/main/**',
  '**/web/**',
  '**/preload/**',
]
const rendererMessage = 'The renderer talks to the host only through window.api.'

export default tseslint.config(
  { ignores: ['out', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // The layer rules from DESIGN.md: each folder imports only what its environment allows.
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(
      [
        'electron',
        'electron/*',
        'node:*',
        'fs',
        'path',
        'os',
        'react',
        'react-dom',
        '**/contract/**',
        '**/host/**',
        '**/main/**',
        '**/preload/**',
        '**/web/**',
        '**/renderer/**',
      ],
      'src/core is pure TypeScript: no electron, no Node built-ins, no DOM, no outer layers.',
    ),
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'fetch',
        'process',
        'Buffer',
      ],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: restrict(
      ['electron', '**/host/**', '**/main/**', '**/preload/**', '**/web/**', '**/renderer/**'],
      'src/contract may import only src/core.',
    ),
  },
  {
    files: ['src/host/**/*.ts'],
    rules: restrict(
      [
        'electron',
        'electron/*',
        'electron-store',
        '**/main/**',
        '**/preload/**',
        '**/web/**',
        '**/renderer/**',
      ],
      'src/host runs in plain Node: never electron, never the UI.',
    ),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict(
      ['**/renderer/**', '**/web/**'],
      'src/main is the Electron shell: it may use contract, host and core, never the UI or the web host.',
    ),
  },
  {
    // The preload is its own sandboxed bundle; only the tests run it beside main, as Electron would.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/**/*.test.ts', 'src/main/testing/**'],
    rules: restrict(
      ['**/renderer/**', '**/web/**', '**/preload/**'],
      'src/main is the Electron shell: it may use contract, host and core, never the UI, the web host or the preload.',
    ),
  },
  {
    files: ['src/web/**/*.ts'],
    rules: restrict(
      ['electron', 'electron/*', '**/main/**', '**/preload/**', '**/renderer/**'],
      'src/web is a Node host: never electron, never the UI.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      ['**/host/**', '**/main/**', '**/web/**', '**/renderer/**', '**/core/**', 'zod'],
      'The preload exposes the contract only and must stay tiny.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(rendererRefused, rendererMessage),
    },
  },
  // The app shell imports the screens, so nothing below it may import the shell back (routes
  // live in src/renderer/routing, below both).
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/app/**', 'src/renderer/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: rendererRefused, message: rendererMessage },
            { group: ['**/app/*'], message: 'Only the app shell imports from src/renderer/app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
