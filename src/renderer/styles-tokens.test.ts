// A test, not renderer code: it reads the stylesheets from disk, which the app itself never does.
// eslint-disable-next-line no-restricted-imports
import fs from 'node:fs'
// eslint-disable-next-line no-restricted-imports
import path from 'node:path'
import postcss, { type Declaration, type Root } from 'postcss'
import { describe, expect, it } from 'vitest'

/*
 * One definition per concept: every length, colour, type size and line height in the renderer's
 * CSS is a token defined once, in the `:root` rules of styles.css, so a spacing or colour change is
 * one edit and the themes can't drift. Exceptions, each for a reason:
 * - `0` and `1px`: 1px is the hairline (borders, the visually-hidden box), not a step on any
 *   scale, and a token for it would only rename it.
 * - %, fr, ch, vh, vw: proportions and text measures, not designed sizes.
 * - @media and @container conditions: custom properties can't be used there.
 */

const rendererDir = import.meta.dirname
const tokenFile = 'styles.css'

/** Files under the renderer, by path relative to it. */
function files(dir: string, wanted: (name: string) => boolean): Map<string, string> {
  const found = new Map<string, string>()
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name)
    if (entry.isFile() && wanted(entry.name))
      found.set(path.relative(rendererDir, full), fs.readFileSync(full, 'utf8'))
  }
  return found
}

const cssSources = files(rendererDir, (name) => name.endsWith('.css'))
const codeSources = files(
  rendererDir,
  (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name),
)

const isRootRule = (decl: Declaration) =>
  decl.parent?.type === 'rule' &&
  'selector' in decl.parent &&
  (decl.parent.selector as string)
    .split(',')
    .every((s) => /^:root(\[data-theme='(light|dark)'\])?$/.test(s.trim()))

/** Strings and url()s may hold anything; the checks only look at the rest. */
const stripStrings = (value: string) =>
  value.replace(/'[^']*'|"[^"]*"/g, "''").replace(/url\([^)]*\)/g, 'url()')

const rawLength = /(?<![\w.#-])-?(?:\d+\.?\d*|\.\d+)(px|rem|em|pt|pc|cm|mm|in|q|ex|vmin|vmax)\b/gi
const rawColour =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(/i

/** Properties that take colours: once var()s are gone, only these words may remain. */
const colourProperty =
  /^(color|background(-color)?|border(-(top|right|bottom|left))?(-color)?|outline(-color)?|fill|stroke|box-shadow|text-decoration(-color)?|accent-color|caret-color)$/
const colourPropertyWords = new Set([
  'transparent',
  'currentcolor',
  'inherit',
  'initial',
  'unset',
  'none',
  'solid',
  'dashed',
  'dotted',
  'inset',
  'underline',
  'line-through',
  'url',
])

interface Sheet {
  file: string
  root: Root
}

const sheets: Sheet[] = [...cssSources].map(([file, text]) => ({
  file,
  root: postcss.parse(text, { from: file }),
}))
const tokenSheet = sheets.find((s) => s.file === tokenFile)!

const tokens = new Map<string, string[]>()
tokenSheet.root.walkDecls((decl) => {
  if (decl.prop.startsWith('--') && isRootRule(decl))
    tokens.set(decl.prop, [...(tokens.get(decl.prop) ?? []), decl.value])
})

/** Every declaration outside the token definitions, with where it is. */
const uses = sheets.flatMap(({ file, root }) => {
  const found: { where: string; decl: Declaration }[] = []
  root.walkDecls((decl) => {
    if (file === tokenFile && isRootRule(decl)) return
    const where = `${file}:${decl.source?.start?.line ?? '?'}`
    found.push({ where, decl })
  })
  return found
})

const problems = (check: (decl: Declaration, value: string) => string | undefined) =>
  uses.flatMap(({ where, decl }) => {
    const problem = check(decl, stripStrings(decl.value))
    return problem ? [`${where} ${decl.prop}: ${decl.value} (${problem})`] : []
  })

describe('styles use the tokens in :root', () => {
  it('defines the spacing, type, line-height, radius and state tokens', () => {
    const names = [...tokens.keys()]
    expect(names.filter((n) => n.startsWith('--space-')).length).toBeGreaterThanOrEqual(6)
    expect(names.filter((n) => n.startsWith('--text-')).length).toBeGreaterThanOrEqual(5)
    expect(names.filter((n) => n.startsWith('--leading-')).length).toBeGreaterThanOrEqual(2)
    expect(names.filter((n) => n.startsWith('--radius')).length).toBeGreaterThanOrEqual(3)
    for (const state of ['hover', 'active', 'selected', 'disabled'])
      expect(names).toContain(`--state-${state}`)
    for (const name of ['--focus', '--danger-soft', '--warn-soft', '--success-soft'])
      expect(names).toContain(name)
  })

  it('keeps type sizes to a small scale', () => {
    const sizes = [...tokens.keys()].filter((n) => n.startsWith('--text-'))
    expect(sizes.length).toBeLessThanOrEqual(8)
  })

  it('has no raw lengths outside :root', () => {
    expect(
      problems((_, value) => {
        const raw = [...value.matchAll(rawLength)].map((m) => m[0]).filter((m) => m !== '1px')
        return raw.length ? `raw ${raw.join(', ')}` : undefined
      }),
    ).toEqual([])
  })

  it('has no raw colours outside :root', () => {
    expect(
      problems((decl, value) => {
        if (rawColour.test(value)) return 'raw colour'
        if (!colourProperty.test(decl.prop)) return undefined
        const words = value
          .replace(/var\([^()]*\)/g, ' ')
          .replace(/calc\([^()]*\)/g, ' ')
          .replace(/-?(?:\d+\.?\d*|\.\d+)[a-z%]*/gi, ' ')
          .match(/[a-z][a-z-]*/gi)
        const unknown = (words ?? []).filter((w) => !colourPropertyWords.has(w.toLowerCase()))
        return unknown.length ? `not a colour token: ${unknown.join(', ')}` : undefined
      }),
    ).toEqual([])
  })

  it('sets font sizes and line heights only from the scale', () => {
    expect(
      problems((decl, value) => {
        if (decl.prop === 'font-size' && !/^(var\(--text-[\w-]+\)|inherit)$/.test(value))
          return 'use a --text-* token'
        if (decl.prop === 'line-height' && !/^(var\(--leading-[\w-]+\)|inherit)$/.test(value))
          return 'use a --leading-* token'
        return undefined
      }),
    ).toEqual([])
  })

  it('defines custom properties only in :root of styles.css, and uses only defined ones', () => {
    expect(
      problems((decl, value) => {
        if (decl.prop.startsWith('--')) return 'define tokens in :root of styles.css'
        const missing = [...value.matchAll(/var\((--[\w-]+)/g)]
          .map((m) => m[1]!)
          .filter((name) => !tokens.has(name))
        return missing.length ? `undefined ${missing.join(', ')}` : undefined
      }),
    ).toEqual([])
  })

  it('uses every token it defines', () => {
    const source = [...cssSources.values(), ...codeSources.values()].join('\n')
    const unused = [...tokens.keys()].filter(
      (name) =>
        (source.match(new RegExp(`${name}(?![\\w-])`, 'g'))?.length ?? 0) <=
        (tokens.get(name)?.length ?? 0),
    )
    expect(unused).toEqual([])
  })
})
