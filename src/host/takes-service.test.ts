import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SaveTakeInput } from '../contract/takes-api'
import { analyzeTake } from '../core/audio/analyze'
import { concat, silence, tone } from '../core/audio/signals'
import { measureTake } from '../core/audio/take-meter'
import { PEAK_BUCKETS } from '../core/audio/waveform'
import { webmHeadWithDuration } from '../core/audio/webm-duration'
import { durationIn, recorderWebm } from '../test-support/webm'
import { nodeTakeStore } from './node-take-store'
import type { DesktopShell, TakeStore } from './ports'
import { storedText } from './testing/stored'
import { cleanup, fixedClock, hostIn, rejection, tempDir } from './testing/temp-host'

let dir: string
let recordings: string
beforeEach(() => {
  dir = tempDir()
  recordings = path.join(dir, 'recordings')
})
afterEach(() => cleanup(dir))

const WEBM_MAGIC = [0x1a, 0x45, 0xdf, 0xa3]
const OGG_MAGIC = [0x4f, 0x67, 0x67, 0x53]

const markers = [
  { nodeId: 'opening', atMs: 0 },
  { nodeId: 'ask-concerns', atMs: 1500 },
]
const analysis = analyzeTake(
  concat(tone(220, 1000, 8000, 0.5), silence(2500, 8000), tone(220, 1000, 8000, 0.5)),
  8000,
  markers,
)

/** Audio-like bytes that start as a WebM file does (or an Ogg one). */
function bytes(n: number, seed = 1, magic = WEBM_MAGIC): ArrayBuffer {
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 0xff
  out.set(magic)
  return out.buffer
}

function input(overrides: Partial<SaveTakeInput> = {}): SaveTakeInput {
  return {
    scriptId: 'default-call',
    mode: 'run',
    nodeId: 'opening',
    markers,
    durationMs: 4500,
    mimeType: 'audio/webm;codecs=opus',
    audio: bytes(2048),
    analysis,
    ...overrides,
  }
}

const filesIn = (folder: string) =>
  fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f !== 'not-listed') : []
const readTakesFile = () => storedText(dir, 'takes')

describe('saving and listing takes', () => {
  it('saves the file and its metadata, lists newest first, and survives a reload', async () => {
    const clock = fixedClock('2026-03-02T10:00:00Z')
    const { host } = hostIn(dir, clock)
    const first = await host.api.saveTake(input())
    clock.advance(60_000)
    const line = await host.api.saveTake(
      input({ mode: 'line', nodeId: 'ask-concerns', markers: [], audio: bytes(100, 7) }),
    )
    clock.advance(60_000)
    const other = await host.api.saveTake(input({ scriptId: 'my-script' }))

    expect(first).toMatchObject({
      name: 'Take 1',
      scriptId: 'default-call',
      mode: 'run',
      markers,
      createdAt: '2026-03-02T10:00:00.000Z',
      durationMs: 4500,
      sizeBytes: 2048,
      mimeType: 'audio/webm;codecs=opus',
      starred: false,
      analysis,
    })
    expect(line.name).toBe('Take 2')
    expect(other.name).toBe('Take 1')
    expect(filesIn(recordings).sort()).toEqual(
      [`${first.id}.webm`, `${line.id}.webm`, `${other.id}.webm`].sort(),
    )

    const reloaded = hostIn(dir, clock).host
    expect((await reloaded.api.listTakes()).map((t) => t.id)).toEqual([other.id, line.id, first.id])
    expect((await reloaded.api.listTakes({ scriptId: 'default-call' })).map((t) => t.id)).toEqual([
      line.id,
      first.id,
    ])
    expect(
      (await reloaded.api.listTakes({ scriptId: 'default-call', nodeId: 'ask-concerns' })).map(
        (t) => t.id,
      ),
    ).toEqual([line.id])

    const audio = await reloaded.api.getTakeAudio({ id: line.id })
    expect(audio.mimeType).toBe('audio/webm;codecs=opus')
    expect(new Uint8Array(audio.audio)).toEqual(new Uint8Array(bytes(100, 7)))
    expect(await reloaded.api.listNotices()).toEqual([])
  })

  it('keeps the waveform outline measured while recording, and refuses a malformed one', async () => {
    const clock = fixedClock('2026-03-02T10:00:00Z')
    const { host } = hostIn(dir, clock)
    const { peaks } = measureTake(
      concat(tone(220, 1000, 8000, 0.5), silence(2500, 8000), tone(220, 1000, 8000, 0.25)),
      8000,
      markers,
    )
    // 4.5 s holds fewer 20 ms frames than there are buckets: one level a frame.
    expect(peaks).toHaveLength(225)
    const outlined = await host.api.saveTake(input({ peaks }))
    const older = await host.api.saveTake(input())
    expect(outlined.peaks).toEqual(peaks)
    expect(older).not.toHaveProperty('peaks')
    const reloaded = await hostIn(dir, clock).host.api.listTakes()
    expect(reloaded.find((t) => t.id === outlined.id)?.peaks).toEqual(peaks)
    expect(reloaded.find((t) => t.id === older.id)).not.toHaveProperty('peaks')

    for (const bad of [[101], [1.5], [-1], Array(PEAK_BUCKETS + 1).fill(1)]) {
      const err = await rejection(host.api.saveTake(input({ peaks: bad })))
      expect(err.code).toBe('invalid-input')
    }
  })

  it('saves a take streamed while recording: the parts joined, its WebM duration written in', async () => {
    const { host } = hostIn(dir)
    const uploadId = crypto.randomUUID()
    // The page sends the first part with an empty duration slot, then the rest as it comes.
    const first = webmHeadWithDuration(recorderWebm(), 0)!.bytes
    const later = new Uint8Array(bytes(5000, 3)).subarray(4)
    expect(await host.api.appendTakeAudio({ uploadId, audio: first.slice().buffer })).toEqual({
      bytes: first.length,
    })
    await host.api.appendTakeAudio({ uploadId, audio: later.slice().buffer })
    expect(await host.api.listTakes()).toEqual([])

    const { audio: _whole, ...meta } = input({ durationMs: 4321 })
    const take = await host.api.saveTake({ ...meta, uploadId })
    expect(take.sizeBytes).toBe(first.length + later.length)
    const saved = new Uint8Array((await host.api.getTakeAudio({ id: take.id })).audio)
    expect(durationIn(saved)).toBe(4321)
    expect(saved.subarray(first.length)).toEqual(later)
    expect(filesIn(recordings)).toEqual([`${take.id}.webm`])

    // An upload can be finished once; a second save of it finds nothing.
    const again = await rejection(host.api.saveTake({ ...meta, uploadId }))
    expect(again.code).toBe('not-found')
  })

  it('refuses a streamed take that is not its type, or sent both ways, or never sent', async () => {
    const { host } = hostIn(dir)
    const { audio, ...meta } = input()
    const ogg = crypto.randomUUID()
    await host.api.appendTakeAudio({ uploadId: ogg, audio: bytes(100, 1, OGG_MAGIC) })
    expect((await rejection(host.api.saveTake({ ...meta, uploadId: ogg }))).message).toContain(
      'not the kind of audio',
    )
    const both = await rejection(host.api.saveTake({ ...meta, audio, uploadId: ogg }))
    expect(both.code).toBe('invalid-input')
    const neither = await rejection(host.api.saveTake(meta))
    expect(neither.code).toBe('invalid-input')
    const never = await rejection(host.api.saveTake({ ...meta, uploadId: crypto.randomUUID() }))
    expect(never.code).toBe('not-found')
    const badId = await rejection(host.api.appendTakeAudio({ uploadId: '../x', audio: audio! }))
    expect(badId.code).toBe('invalid-input')
    expect(await host.api.listTakes()).toEqual([])
  })

  it('clears a take whose recording was cut short (the app closed mid-take) at the next start', async () => {
    const { host } = hostIn(dir)
    await host.api.appendTakeAudio({ uploadId: crypto.randomUUID(), audio: bytes(300) })
    expect(fs.readdirSync(recordings)).toHaveLength(1)
    const again = hostIn(dir).host
    expect(await again.api.listTakes()).toEqual([])
    expect(fs.readdirSync(recordings)).toEqual([])
    expect(await again.api.listNotices()).toEqual([])
  })

  it('a write that fails midway lists nothing, says why, and leaves no partial file', async () => {
    const real = nodeTakeStore(recordings)
    const failing: TakeStore = {
      ...real,
      async write(file, data) {
        // As a full disk does: part of the temp file is on disk when the write gives up.
        fs.mkdirSync(recordings, { recursive: true })
        fs.writeFileSync(path.join(recordings, `.${file}.partial-dead`), data.subarray(0, 10))
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
      },
    }
    const { host } = hostIn(dir, undefined, { takes: failing })
    const err = await rejection(host.api.saveTake(input()))
    expect(err.code).toBe('internal')
    expect(err.message).toContain('The disk is full')
    expect(await host.api.listTakes()).toEqual([])
    expect(await host.api.takesUsage()).toMatchObject({ count: 0, totalBytes: 0 })

    // The next start clears the leftover, and nothing is reported as missing or stray.
    const again = hostIn(dir).host
    expect(await again.api.listTakes()).toEqual([])
    expect(fs.readdirSync(recordings)).toEqual([])
    expect(await again.api.listNotices()).toEqual([])
  })

  it('the real store writes through a temp file it removes when the write fails', async () => {
    const store = nodeTakeStore(recordings)
    await store.write('a.webm', new Uint8Array([1, 2, 3]))
    expect(fs.readdirSync(recordings)).toEqual(['a.webm'])
    await expect(store.write('../evil.webm', new Uint8Array([1]))).rejects.toThrow(
      'Not a take file name',
    )
    // A folder in the way of the final name makes the rename fail after the temp was written.
    fs.mkdirSync(path.join(recordings, 'b.webm'))
    fs.writeFileSync(path.join(recordings, 'b.webm', 'x'), '')
    await expect(store.write('b.webm', new Uint8Array([1]))).rejects.toThrow()
    expect(fs.readdirSync(recordings).sort()).toEqual(['a.webm', 'b.webm'])
    expect(await store.size('a.webm')).toBe(3)
    expect(await store.size('gone.webm')).toBeNull()
  })
})

describe('changing takes', () => {
  it('renames, stars one best take per script or line, and keeps it across a reload', async () => {
    const { host } = hostIn(dir)
    const a = await host.api.saveTake(input())
    const b = await host.api.saveTake(input())
    const line = await host.api.saveTake(input({ mode: 'line', nodeId: 'opening', markers: [] }))

    expect(await host.api.renameTake({ id: a.id, name: '  Calmer opening ' })).toMatchObject({
      name: 'Calmer opening',
    })
    await host.api.starTake({ id: a.id, starred: true })
    await host.api.starTake({ id: line.id, starred: true })
    await host.api.starTake({ id: b.id, starred: true })

    const reloaded = hostIn(dir).host
    const starred = (await reloaded.api.listTakes())
      .filter((t) => t.starred)
      .map((t) => t.id)
      .sort()
    expect(starred).toEqual([b.id, line.id].sort())
    expect((await reloaded.api.listTakes()).find((t) => t.id === a.id)?.name).toBe('Calmer opening')
    await reloaded.api.starTake({ id: b.id, starred: false })
    expect((await reloaded.api.listTakes()).filter((t) => t.starred)).toHaveLength(1)
  })

  it('deletes with undo; the trash is purged at the next start', async () => {
    const { host } = hostIn(dir)
    const a = await host.api.saveTake(input())
    const b = await host.api.saveTake(input())
    await host.api.deleteTake({ id: a.id })
    expect((await host.api.listTakes()).map((t) => t.id)).toEqual([b.id])
    expect(await host.api.takesUsage()).toMatchObject({ count: 1, totalBytes: 2048 })
    expect((await rejection(host.api.getTakeAudio({ id: a.id }))).code).toBe('not-found')

    expect(await host.api.restoreTake({ id: a.id })).toMatchObject({ id: a.id, name: 'Take 1' })
    expect(await host.api.listTakes()).toHaveLength(2)

    await host.api.deleteTake({ id: b.id })
    expect(filesIn(recordings)).toHaveLength(2)
    const reloaded = hostIn(dir).host
    expect((await reloaded.api.listTakes()).map((t) => t.id)).toEqual([a.id])
    expect(filesIn(recordings)).toEqual([`${a.id}.webm`])
    expect((await rejection(reloaded.api.restoreTake({ id: b.id }))).code).toBe('not-found')
  })

  it('bulk-deletes by ids or by age (keeping starred ones), with undo, and reports usage', async () => {
    const clock = fixedClock('2026-01-01T10:00:00Z')
    const { host } = hostIn(dir, clock)
    const old1 = await host.api.saveTake(input({ audio: bytes(1000) }))
    const old2 = await host.api.saveTake(input({ audio: bytes(2000) }))
    const oldOther = await host.api.saveTake(input({ scriptId: 'other', audio: bytes(500) }))
    await host.api.starTake({ id: old2.id, starred: true })
    clock.set('2026-03-01T10:00:00Z')
    const recent = await host.api.saveTake(input({ audio: bytes(3000) }))

    expect(await host.api.takesUsage()).toMatchObject({
      count: 4,
      totalBytes: 6500,
      folder: recordings,
      byScript: [
        { scriptId: 'default-call', count: 3, bytes: 6000 },
        { scriptId: 'other', count: 1, bytes: 500 },
      ],
    })

    const byAge = await host.api.deleteTakes({
      olderThan: '2026-02-01T00:00:00Z',
      scriptId: 'default-call',
    })
    expect(byAge).toEqual({ ids: [old1.id], bytes: 1000 })
    const everything = await host.api.deleteTakes({
      olderThan: '2026-02-01T00:00:00Z',
      keepStarred: false,
    })
    expect(everything.ids.sort()).toEqual([old2.id, oldOther.id].sort())
    expect((await host.api.listTakes()).map((t) => t.id)).toEqual([recent.id])

    await host.api.restoreTakes({ ids: [...byAge.ids, ...everything.ids] })
    expect(await host.api.listTakes()).toHaveLength(4)
    expect(await host.api.deleteTakes({ ids: [recent.id, old1.id] })).toEqual({
      ids: [recent.id, old1.id],
      bytes: 4000,
    })
    expect(await host.api.takesUsage()).toMatchObject({ count: 2, totalBytes: 2500 })
    expect(await host.api.deleteTakes({ olderThan: '2020-01-01T00:00:00Z' })).toEqual({
      ids: [],
      bytes: 0,
    })
  })

  it('bad input is refused and nothing stored changes', async () => {
    const { host } = hostIn(dir)
    const kept = await host.api.saveTake(input())
    const before = readTakesFile()
    const call = (method: string, arg: unknown) => rejection(host.call(method, arg))

    const cases: [string, unknown, string][] = [
      ['saveTake', { ...input(), audio: new ArrayBuffer(0) }, 'The recording is empty'],
      ['saveTake', { ...input(), audio: 'not bytes' }, 'audio is missing'],
      ['saveTake', { ...input(), mimeType: 'video/mp4' }, 'WebM, Ogg or MP4'],
      ['saveTake', { ...input(), mode: 'line', nodeId: undefined }, 'needs the line'],
      ['saveTake', { ...input(), durationMs: -5 }, 'no length'],
      ['saveTake', { ...input(), scriptId: '../../etc' }, 'not a script id'],
      ['saveTake', { ...input(), path: '/tmp/x' }, 'Unknown field “path”'],
      ['saveTake', { ...input(), markers: [{ nodeId: 'Bad Id', atMs: 0 }] }, 'not a step id'],
      ['saveTake', { ...input(), analysis: { ...analysis, clippedRatio: 2 } }, ''],
      ['renameTake', { id: kept.id, name: '   ' }, 'A take needs a name.'],
      ['starTake', { id: kept.id }, 'starred is missing'],
      ['deleteTakes', { ids: [] }, ''],
      ['deleteTakes', { olderThan: 'yesterday' }, ''],
    ]
    for (const [method, arg, message] of cases) {
      const err = await call(method, arg)
      expect(err.code, `${method} ${message}`).toBe('invalid-input')
      expect(err.message).toContain(message)
    }
    expect((await call('renameTake', { id: 'nope', name: 'x' })).code).toBe('not-found')
    expect((await call('deleteTakes', { ids: [kept.id, 'nope'] })).code).toBe('not-found')

    expect(readTakesFile()).toBe(before)
    expect(filesIn(recordings)).toEqual([`${kept.id}.webm`])
    expect(await host.api.listTakes()).toHaveLength(1)
  })
})

describe('reconciling the folder with the list at start', () => {
  it('keeps takes whose file is gone (marked missing), removes temp files, keeps unknown files aside', async () => {
    const { host } = hostIn(dir)
    const gone = await host.api.saveTake(input({ name: 'Lost one' }))
    const kept = await host.api.saveTake(input())
    const lostFile = path.join(recordings, `${gone.id}.webm`)
    const lostBytes = fs.readFileSync(lostFile)
    fs.rmSync(lostFile)
    fs.writeFileSync(path.join(recordings, `.x.webm.partial-1234`), 'half')
    fs.writeFileSync(path.join(recordings, 'stray.webm'), 'unlisted audio')

    const reloaded = hostIn(dir).host
    const listed = await reloaded.api.listTakes()
    expect(listed.map((t) => [t.id, t.fileMissing ?? false])).toEqual([
      [kept.id, false],
      [gone.id, true],
    ])
    expect(fs.readdirSync(recordings).sort()).toEqual([`${kept.id}.webm`, 'not-listed'])
    expect(fs.readFileSync(path.join(recordings, 'not-listed', 'stray.webm'), 'utf8')).toBe(
      'unlisted audio',
    )
    const notices = await reloaded.api.listNotices()
    expect(notices.map((n) => n.title)).toEqual([
      'A take’s recording is missing',
      'Found recordings that were not on the list',
    ])
    expect(notices[0]?.message).toContain('“Lost one”')
    expect(notices[0]?.message).toContain('will play again once the file is back')
    expect(notices[1]?.message).toContain(path.join(recordings, 'not-listed'))
    const err = await rejection(reloaded.api.getTakeAudio({ id: gone.id }))
    expect(err.message).toContain('The take is kept')

    // A second start with the file still gone says nothing new and still keeps the take.
    const third = hostIn(dir).host
    expect(await third.api.listTakes()).toHaveLength(2)
    expect(await third.api.listNotices()).toHaveLength(2)

    // The file comes back (a drive reconnected): the take plays again without a restart.
    fs.writeFileSync(lostFile, lostBytes)
    expect((await third.api.listTakes()).every((t) => !t.fileMissing)).toBe(true)
    const audio = await third.api.getTakeAudio({ id: gone.id })
    expect(new Uint8Array(audio.audio)).toEqual(new Uint8Array(lostBytes))
  })

  it('a missing recordings folder erases nothing and is not replaced by an empty one', async () => {
    const { host } = hostIn(dir)
    const a = await host.api.saveTake(input({ name: 'On the drive' }))
    await host.api.starTake({ id: a.id, starred: true })
    await host.dispose()
    const moved = path.join(dir, 'elsewhere')
    fs.renameSync(recordings, moved)

    const offline = hostIn(dir).host
    const [take] = await offline.api.listTakes()
    expect(take).toMatchObject({ id: a.id, name: 'On the drive', starred: true, fileMissing: true })
    expect(fs.existsSync(recordings)).toBe(false)
    expect((await offline.api.listNotices())[0]?.message).toContain('is not there')
    await offline.dispose()

    fs.renameSync(moved, recordings)
    const back = hostIn(dir).host
    expect((await back.api.listTakes())[0]).toMatchObject({ id: a.id, starred: true })
    expect((await back.api.listTakes())[0]?.fileMissing).toBeUndefined()
    expect((await back.api.getTakeAudio({ id: a.id })).audio.byteLength).toBe(2048)
  })

  it('brings a file kept aside back when a take lists it again (a restored backup)', async () => {
    const { host } = hostIn(dir)
    const a = await host.api.saveTake(input())
    await host.dispose()
    fs.mkdirSync(path.join(recordings, 'not-listed'))
    fs.renameSync(
      path.join(recordings, `${a.id}.webm`),
      path.join(recordings, 'not-listed', `${a.id}.webm`),
    )
    const again = hostIn(dir).host
    expect((await again.api.listTakes())[0]?.fileMissing).toBeUndefined()
    expect(fs.existsSync(path.join(recordings, `${a.id}.webm`))).toBe(true)
  })
})

describe('reveal, export and the microphone', () => {
  it('without a desktop shell (web host): paths and downloads', async () => {
    const { host } = hostIn(dir)
    const take = await host.api.saveTake(input({ name: 'Opening: v2?' }))
    expect(await host.api.revealTake({ id: take.id })).toEqual({
      revealed: false,
      path: path.join(recordings, `${take.id}.webm`),
    })
    expect(await host.api.exportTake({ id: take.id })).toEqual({
      outcome: 'download',
      fileName: 'Opening- v2-.webm',
    })
    expect(await host.api.requestMicrophoneAccess()).toEqual({ access: 'granted' })
  })

  it('with a desktop shell (Electron): reveal, save a copy, ask for the microphone', async () => {
    const shell: DesktopShell = {
      reveal: vi.fn(),
      saveCopy: vi.fn(async (_file: string, name: string) => `/home/me/${name}`),
      requestMicrophoneAccess: vi.fn(async () => false),
      chooseSavePath: vi.fn(async () => null),
      chooseOpenPath: vi.fn(async () => null),
      openMail: vi.fn(async () => {}),
    }
    const { host } = hostIn(dir, undefined, { shell })
    const take = await host.api.saveTake(
      input({ mimeType: 'audio/ogg;codecs=opus', audio: bytes(2048, 1, OGG_MAGIC) }),
    )
    const file = path.join(recordings, `${take.id}.ogg`)
    expect(await host.api.revealTake({ id: take.id })).toEqual({ revealed: true, path: file })
    expect(shell.reveal).toHaveBeenCalledWith(file)
    expect(await host.api.exportTake({ id: take.id })).toEqual({
      outcome: 'saved',
      path: '/home/me/Take 1.ogg',
    })
    vi.mocked(shell.saveCopy).mockResolvedValueOnce(null)
    expect(await host.api.exportTake({ id: take.id })).toEqual({ outcome: 'cancelled' })
    expect(await host.api.requestMicrophoneAccess()).toEqual({ access: 'denied' })
  })
})
