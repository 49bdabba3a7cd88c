import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultCallScript } from '../core/script/default-script'
import { updateNode } from '../core/script/edit'
import type { CallScript } from '../core/script/schema'
import { appendJournalLine, storedRecords, storedText } from './testing/stored'
import { cleanup, hostIn, rejection, restart, tempDir } from './testing/temp-host'

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => cleanup(dir))

const file = (name: string) => path.join(dir, `${name}.json`)
const readFile = (name: string) => storedText(dir, name)

const withLine = (script: CallScript, nodeId: string, line: string) =>
  updateNode(script, nodeId, { line })

describe('call scripts', () => {
  it('lists the built-in script from resources until it is edited', async () => {
    const { host } = hostIn(dir)
    const [builtIn, ...rest] = await host.api.listScripts()
    expect(rest).toEqual([])
    expect(builtIn).toEqual({
      id: 'default-call',
      name: 'Follow-up call',
      builtIn: true,
      edited: false,
      steps: 22,
      replies: 32,
      practisedReplies: 0,
      problems: 0,
    })
    expect(await host.api.getScript({ scriptId: 'default-call' })).toEqual({
      script: defaultCallScript,
      problems: [],
      edited: false,
    })
    expect(storedRecords(dir, 'scripts').size).toBe(0)
    expect(storedRecords(dir, 'practice').size).toBe(0)
  })

  it('saves an edit and reloads it from disk', async () => {
    const { host } = hostIn(dir)
    const edited = withLine(defaultCallScript, 'opening', 'Hello {{interviewerFirstName}}.')
    const saved = await host.api.saveScript({ script: edited })
    expect(saved.script.nodes.find((n) => n.id === 'opening')?.line).toBe(
      'Hello {{interviewerFirstName}}.',
    )
    expect(saved.script.updatedAt).toBe('2026-03-02T10:00:00.000Z')
    expect(saved.edited).toBe(true)
    const reloaded = (await restart(host, dir)).host
    expect(await reloaded.api.getScript({ scriptId: 'default-call' })).toEqual(saved)
    expect((await reloaded.api.listScripts())[0]).toMatchObject({ edited: true, problems: 0 })
  })

  it('saves a draft with problems and returns them', async () => {
    const { host } = hostIn(dir)
    const draft = withLine(defaultCallScript, 'opening', 'Hi {{foo}}')
    const saved = await host.api.saveScript({ script: draft })
    expect(saved.problems.map((p) => [p.code, p.nodeId])).toEqual([
      ['unknown-merge-field', 'opening'],
    ])
    expect((await host.api.listScripts())[0]?.problems).toBe(1)
  })

  it('refuses a stale save with conflict and keeps the newer one', async () => {
    const { host, clock } = hostIn(dir)
    const first = await host.api.saveScript({ script: defaultCallScript })
    void clock
    const second = await host.api.saveScript({
      script: withLine(first.script, 'opening', 'Newer.'),
      expectedUpdatedAt: first.script.updatedAt,
    })
    expect(second.script.updatedAt! > first.script.updatedAt!).toBe(true)
    const err = await rejection(
      host.api.saveScript({
        script: withLine(first.script, 'opening', 'Lost edit.'),
        expectedUpdatedAt: first.script.updatedAt,
      }),
    )
    expect(err.code).toBe('conflict')
    const now = await host.api.getScript({ scriptId: 'default-call' })
    expect(now.script.nodes.find((n) => n.id === 'opening')?.line).toBe('Newer.')
  })

  it('never lets a caller decide which script is built in', async () => {
    const { host } = hostIn(dir)
    const copy = await host.api.duplicateScript({ scriptId: 'default-call' })
    const saved = await host.api.saveScript({ script: { ...copy.script, builtIn: true } })
    expect(saved.script.builtIn).toBe(false)
    const builtIn = await host.api.saveScript({ script: { ...defaultCallScript, builtIn: false } })
    expect(builtIn.script.builtIn).toBe(true)
  })

  it('duplicates with a new id and name, with its own practice history', async () => {
    const { host } = hostIn(dir)
    await host.api.recordPractice({ scriptId: 'default-call', edgeIds: ['dial-voicemail'] })
    const copy = await host.api.duplicateScript({ scriptId: 'default-call' })
    expect(copy.script).toMatchObject({
      id: 'follow-up-call-copy',
      name: 'Follow-up call (copy)',
      builtIn: false,
    })
    expect(copy.script.nodes).toEqual(defaultCallScript.nodes)
    const again = await host.api.duplicateScript({ scriptId: 'default-call' })
    expect(again.script.name).toBe('Follow-up call (copy 2)')
    const named = await host.api.duplicateScript({ scriptId: copy.script.id, name: 'For Acme' })
    expect(named.script).toMatchObject({ id: 'for-acme', name: 'For Acme' })
    expect(await host.api.getPracticeCounts({ scriptId: copy.script.id })).toEqual({})
    expect((await (await restart(host, dir)).host.api.listScripts()).map((s) => s.name)).toEqual([
      'Follow-up call',
      // Locale order: a space sorts before a bracket.
      'Follow-up call (copy 2)',
      'Follow-up call (copy)',
      'For Acme',
    ])
  })

  it('creates a new script that can be practised at once', async () => {
    const { host } = hostIn(dir)
    const created = await host.api.createScript({ name: '  Recruiter call ' })
    expect(created.script).toMatchObject({ id: 'recruiter-call', name: 'Recruiter call' })
    expect(created.problems).toEqual([])
  })

  it('resets the built-in script and keeps its practice history', async () => {
    const { host } = hostIn(dir)
    await host.api.saveScript({ script: withLine(defaultCallScript, 'opening', 'Mine.') })
    await host.api.recordPractice({ scriptId: 'default-call', edgeIds: ['opening-offer'] })
    const reset = await host.api.resetDefaultScript()
    expect(reset).toEqual({ script: defaultCallScript, problems: [], edited: false })
    const reloaded = (await restart(host, dir)).host
    expect((await reloaded.api.getScript({ scriptId: 'default-call' })).script).toEqual(
      defaultCallScript,
    )
    expect(await reloaded.api.getPracticeCounts({ scriptId: 'default-call' })).toEqual({
      'opening-offer': 1,
    })
  })

  it('refuses to delete the built-in script; deletes a user script and its history', async () => {
    const { host } = hostIn(dir)
    const err = await rejection(host.api.deleteScript({ scriptId: 'default-call' }))
    expect(err.code).toBe('conflict')
    expect(err.message).toContain('can’t be deleted')
    const copy = await host.api.duplicateScript({ scriptId: 'default-call' })
    await host.api.recordPractice({ scriptId: copy.script.id, edgeIds: ['opening-offer'] })
    await host.api.deleteScript({ scriptId: copy.script.id })
    const reloaded = (await restart(host, dir)).host
    expect((await reloaded.api.listScripts()).map((s) => s.id)).toEqual(['default-call'])
    expect((await rejection(reloaded.api.getScript({ scriptId: copy.script.id }))).code).toBe(
      'not-found',
    )
    expect(storedRecords(dir, 'practice').size).toBe(0)
  })

  it('emits a change on each write and none on reads', async () => {
    const { host } = hostIn(dir)
    const seen: string[] = []
    host.events.subscribe((e) => seen.push(e.type === 'changed' ? e.topic : e.type))
    await host.api.listScripts()
    await host.api.getScript({ scriptId: 'default-call' })
    await host.api.getPracticeCounts({ scriptId: 'default-call' })
    const copy = await host.api.duplicateScript({ scriptId: 'default-call' })
    await host.api.saveScript({ script: copy.script })
    await host.api.recordPractice({ scriptId: copy.script.id, edgeIds: [] })
    await host.api.deleteScript({ scriptId: copy.script.id })
    expect(seen).toEqual(['scripts', 'scripts', 'scripts', 'scripts'])
  })
})

describe('practice counts', () => {
  it('add up across runs and persist', async () => {
    const { host } = hostIn(dir)
    await host.api.recordPractice({
      scriptId: 'default-call',
      edgeIds: ['opening-not-decided', 'concerns-none', 'timeline-given'],
    })
    const after = await host.api.recordPractice({
      scriptId: 'default-call',
      edgeIds: ['opening-not-decided'],
    })
    expect(after).toEqual({ 'opening-not-decided': 2, 'concerns-none': 1, 'timeline-given': 1 })
    const reloaded = (await restart(host, dir)).host
    expect(await reloaded.api.getPracticeCounts({ scriptId: 'default-call' })).toEqual(after)
    expect((await reloaded.api.listScripts())[0]?.practisedReplies).toBe(3)
    expect(await reloaded.api.clearPractice({ scriptId: 'default-call' })).toEqual({})
    const again = (await restart(reloaded, dir)).host
    expect(await again.api.getPracticeCounts({ scriptId: 'default-call' })).toEqual({})
  })

  it('refuses a reply that is not in the script and counts nothing', async () => {
    const { host } = hostIn(dir)
    await host.api.recordPractice({ scriptId: 'default-call', edgeIds: ['opening-offer'] })
    const before = readFile('practice')
    const err = await rejection(
      host.api.recordPractice({ scriptId: 'default-call', edgeIds: ['opening-offer', 'gone'] }),
    )
    expect(err.code).toBe('invalid-input')
    expect(err.message).toContain('“gone” is no longer in “Follow-up call”')
    expect(readFile('practice')).toBe(before)
  })
})

describe('bad input is refused and changes nothing stored', () => {
  const script = (change: (s: Record<string, unknown>) => void) => {
    const copy = structuredClone(defaultCallScript) as unknown as Record<string, unknown>
    change(copy)
    return copy
  }

  it.each<[string, string, unknown, string]>([
    ['an unknown script', 'getScript', { scriptId: 'nope' }, 'not-found'],
    ['a malformed script id', 'getScript', { scriptId: '../etc' }, 'invalid-input'],
    ['a script that is not one', 'saveScript', { script: { id: 'default-call' } }, 'invalid-input'],
    [
      'an unknown field in a step',
      'saveScript',
      {
        script: script((s) => {
          ;(s.nodes as Record<string, unknown>[])[0]!.secret = 1
        }),
      },
      'invalid-input',
    ],
    [
      'a step without a title',
      'saveScript',
      {
        script: script((s) => {
          ;(s.nodes as Record<string, unknown>[])[0]!.title = '  '
        }),
      },
      'invalid-input',
    ],
    [
      'a 1 MB line',
      'saveScript',
      {
        script: script((s) => {
          ;(s.nodes as Record<string, unknown>[])[0]!.line = 'x'.repeat(1024 * 1024)
        }),
      },
      'invalid-input',
    ],
    [
      'saving a script that does not exist',
      'saveScript',
      { script: script((s) => (s.id = 'never-made')) },
      'not-found',
    ],
    ['an empty name', 'createScript', { name: '   ' }, 'invalid-input'],
    ['an unknown field', 'createScript', { name: 'A', admin: true }, 'invalid-input'],
    [
      'a bad reply id',
      'recordPractice',
      { scriptId: 'default-call', edgeIds: ['A B'] },
      'invalid-input',
    ],
    [
      'a bad timestamp',
      'saveScript',
      { script: defaultCallScript, expectedUpdatedAt: 'soon' },
      'invalid-input',
    ],
  ])('%s', async (_name, method, input, code) => {
    const { host } = hostIn(dir)
    await host.api.saveScript({ script: defaultCallScript })
    await host.api.recordPractice({ scriptId: 'default-call', edgeIds: ['opening-offer'] })
    const before = [readFile('scripts'), readFile('practice')]
    const err = await rejection(host.call(method, input))
    expect(err.code).toBe(code)
    expect(err.message).not.toBe('')
    expect([readFile('scripts'), readFile('practice')]).toEqual(before)
  })

  it('explains a bad step in words', async () => {
    const { host } = hostIn(dir)
    const bad = structuredClone(defaultCallScript)
    bad.nodes[2]!.title = ''
    const err = await rejection(host.call('saveScript', { script: bad }))
    expect(err.message).toBe('A step title is required.')
    expect(err.issues[0]?.path).toBe('script.nodes.2.title')
  })

  it('refuses a 51st script', async () => {
    const { host } = hostIn(dir)
    for (let n = 0; n < 50; n++) await host.api.createScript({ name: `Script ${n}` })
    const before = readFile('scripts')
    const err = await rejection(host.api.duplicateScript({ scriptId: 'default-call' }))
    expect(err.code).toBe('conflict')
    expect(readFile('scripts')).toBe(before)
  })
})

describe('store files', () => {
  it('keeps the readable scripts when one is bad, and the bad one’s original text', async () => {
    const { host } = hostIn(dir)
    const good = await host.api.createScript({ name: 'Good' })
    const broken = '{"seq":50,"put":"broken","value":{"id":"broken","nodes":"nope"}}'
    await host.dispose()
    appendJournalLine(dir, 'scripts', broken)
    const reopened = hostIn(dir).host
    expect((await reopened.api.listScripts()).map((s) => s.id)).toEqual(['default-call', 'good'])
    expect((await reopened.api.getScript({ scriptId: 'good' })).script).toEqual(good.script)
    const aside = fs.readdirSync(dir).find((f) => f.startsWith('scripts.set-aside-'))!
    expect(fs.readFileSync(path.join(dir, aside), 'utf8')).toBe(broken + '\n')
    const [notice] = await reopened.api.listNotices()
    expect(notice?.title).toBe('Some of your saved call scripts could not be read')
    expect(notice?.message).toContain(path.join(dir, aside))
  })

  it('moves a damaged practice file of the old format aside and starts counting afresh', async () => {
    fs.writeFileSync(file('practice'), '{"schemaVersion":1,"counts":{')
    const { host } = hostIn(dir)
    expect(await host.api.getPracticeCounts({ scriptId: 'default-call' })).toEqual({})
    expect(fs.readdirSync(dir).some((f) => f.startsWith('practice.json.damaged-'))).toBe(true)
    expect((await host.api.listNotices())[0]?.title).toBe(
      'Your saved practice history needed repair',
    )
  })
})
