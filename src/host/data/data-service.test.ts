import fs from 'node:fs'
import path from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SaveTakeInput } from '../../contract/takes-api'
import { analyzeTake } from '../../core/audio/analyze'
import { tone } from '../../core/audio/signals'
import { fakeShell } from '../testing/fake-shell'
import { storedText } from '../testing/stored'
import { cleanup, fixedClock, hostIn, rejection, tempDir } from '../testing/temp-host'

let dir: string
let other: string
beforeEach(() => {
  dir = tempDir()
  other = tempDir()
})
afterEach(async () => {
  await cleanup(dir)
  fs.rmSync(other, { recursive: true, force: true })
})

const draft = { company: 'Acme Tools', role: 'Product Designer', interviewDate: '2026-02-20' }
const audio = (seed: number) => {
  const bytes = new Uint8Array(4000).map((_, i) => (i * seed) & 0xff)
  bytes.set([0x1a, 0x45, 0xdf, 0xa3])
  return bytes.buffer
}
const take = (seed: number): SaveTakeInput => ({
  scriptId: 'default-call',
  mode: 'run',
  markers: [{ nodeId: 'opening', atMs: 0 }],
  durationMs: 1000,
  mimeType: 'audio/webm;codecs=opus',
  audio: audio(seed),
  analysis: analyzeTake(tone(220, 1000, 8000, 0.5), 8000, [{ nodeId: 'opening', atMs: 0 }]),
})

/** A host with something of everything in it. */
async function filled(where: string) {
  const clock = fixedClock('2026-03-02T10:00:00Z')
  const { host } = hostIn(where, clock)
  const a = await host.api.createInterview({
    draft: { ...draft, notes: 'Ünïcödé notes, "quoted", and a, comma' },
  })
  const b = await host.api.createInterview({ draft: { ...draft, company: '=HYPERLINK("x")' } })
  await host.api.logAttempt({
    interviewId: a.id,
    attempt: { kind: 'thank-you', date: '2026-02-20', channel: 'email', note: 'Sent' },
  })
  await host.api.snoozeAction({ interviewId: a.id, key: 'status-check:1', until: '2026-03-10' })
  await host.api.deleteInterview({ id: b.id })
  const script = await host.api.createScript({ name: 'My call' })
  await host.api.recordPractice({ scriptId: 'default-call', edgeIds: ['opening-not-decided'] })
  const t1 = await host.api.saveTake({ ...take(3), interviewId: a.id })
  await host.api.starTake({ id: t1.id, starred: true })
  await host.api.saveTake(take(5))
  await host.api.updateSettings({ patch: { reminderTime: '08:10', holidays: ['2026-12-25'] } })
  return { host, a, b, script, t1 }
}

const download = async (host: Awaited<ReturnType<typeof filled>>['host']) => {
  const result = await host.api.exportData()
  if (result.outcome !== 'download') throw new Error('expected a download')
  return result
}

const manifestOf = (archive: ArrayBuffer) => {
  const files = unzipSync(new Uint8Array(archive))
  const { exportedAt: _t, ...manifest } = JSON.parse(
    new TextDecoder().decode(files['follow-through.json']),
  ) as Record<string, unknown>
  const recordings = Object.fromEntries(
    Object.entries(files).filter(([name]) => name.startsWith('recordings/')),
  )
  return { manifest, recordings }
}

describe('export and import', () => {
  it('round-trips everything losslessly, recordings included', async () => {
    const { host, a, t1 } = await filled(dir)
    const first = await download(host)
    expect(first.fileName).toBe('Follow-Through export 2026-03-02.zip')

    const fresh = hostIn(other, fixedClock('2026-03-02T11:00:00Z')).host
    await fresh.api.createInterview({ draft: { ...draft, company: 'Replaced by the import' } })
    const result = await fresh.api.importData({ archive: first.archive })
    expect(result).toMatchObject({
      outcome: 'restored',
      interviews: 1,
      takes: 2,
      takesWithoutAudio: 0,
    })

    const second = await download(fresh)
    const before = manifestOf(first.archive)
    const after = manifestOf(second.archive)
    expect(after.manifest).toEqual(before.manifest)
    expect(Object.keys(after.recordings).sort()).toEqual(Object.keys(before.recordings).sort())
    for (const [name, bytes] of Object.entries(before.recordings)) {
      expect(after.recordings[name]).toEqual(bytes)
    }
    expect(await fresh.api.getInterview({ id: a.id })).toEqual(
      await host.api.getInterview({ id: a.id }),
    )
    expect(await fresh.api.getFollowUps({ interviewId: a.id })).toEqual(
      await host.api.getFollowUps({ interviewId: a.id }),
    )
    expect(new Uint8Array((await fresh.api.getTakeAudio({ id: t1.id })).audio)).toEqual(
      new Uint8Array(audio(3)),
    )
    expect(await fresh.api.getSettings()).toEqual(await host.api.getSettings())

    // What was there before the import is kept as a backup.
    const { backups } = await fresh.api.getDataOverview()
    expect(backups.map((b) => b.reason)).toEqual(['before-import'])
    expect(backups[0]?.interviews).toBe(1)
  })

  it.each([
    ['a file that is not a zip', () => strToU8('just some text'), 'it is not a zip archive'],
    [
      'a zip of something else',
      () => zipSync({ 'photo.jpg': strToU8('x') }),
      'it has no follow-through.json',
    ],
    [
      'a zip with a foreign follow-through.json',
      () => zipSync({ 'follow-through.json': strToU8('{"format":"other"}') }),
      'is something else',
    ],
    [
      'an export from a newer version',
      () =>
        zipSync({
          'follow-through.json': strToU8('{"format":"follow-through-export","version":9}'),
        }),
      'comes from a newer version',
    ],
  ])('refuses %s, says why, and changes nothing', async (_name, make, why) => {
    const { host } = await filled(dir)
    const before = ['interviews', 'followups', 'takes', 'scripts'].map((n) => storedText(dir, n))
    const bytes = make()
    const err = await rejection(
      host.api.importData({
        archive: bytes.buffer.slice(
          bytes.byteOffset,
          bytes.byteOffset + bytes.byteLength,
        ) as ArrayBuffer,
      }),
    )
    expect(err.code).toBe('invalid-input')
    expect(err.message).toContain(why)
    expect(err.message).toContain('Nothing was changed.')
    expect(['interviews', 'followups', 'takes', 'scripts'].map((n) => storedText(dir, n))).toEqual(
      before,
    )
    expect((await host.api.getDataOverview()).backups).toEqual([])
  })

  it('refuses an export with one damaged record, whole, and names what was wrong', async () => {
    const { host } = await filled(dir)
    const { archive } = await download(host)
    const files = unzipSync(new Uint8Array(archive))
    const manifest = JSON.parse(new TextDecoder().decode(files['follow-through.json']))
    manifest.collections.interviews[0][1].interviewDate = 'someday'
    files['follow-through.json'] = strToU8(JSON.stringify(manifest))
    const broken = zipSync(files)
    const before = storedText(dir, 'interviews')
    const err = await rejection(host.api.importData({ archive: broken.buffer as ArrayBuffer }))
    expect(err.message).toBe(
      'The export is damaged: 1 of its interviews entry can’t be read. Nothing was changed.',
    )
    expect(storedText(dir, 'interviews')).toBe(before)
  })
})

describe('backups', () => {
  it('restores a backup after backing up the current state first', async () => {
    const { host, a } = await filled(dir)
    const saved = await host.api.backUpNow()
    expect(saved).toMatchObject({ reason: 'daily', interviews: 1, takes: 2 })
    await host.api.deleteInterview({ id: a.id })
    await host.api.updateSettings({ patch: { reminderTime: '11:00' } })
    expect(await host.api.listInterviews()).toEqual([])

    const result = await host.api.restoreBackup({ id: saved.id })
    expect(result).toMatchObject({ outcome: 'restored', interviews: 1, takesWithoutAudio: 0 })
    expect((await host.api.listInterviews()).map((i) => i.id)).toEqual([a.id])
    expect((await host.api.getSettings()).reminderTime).toBe('08:10')
    const { backups } = await host.api.getDataOverview()
    expect(backups.map((b) => b.reason).sort()).toEqual(['before-restore', 'daily'])
    // The safety copy holds the state just before the restore: it can be undone.
    const undo = backups.find((b) => b.reason === 'before-restore')!
    await host.api.restoreBackup({ id: undo.id })
    expect(await host.api.listInterviews()).toEqual([])
    await host.dispose()
    expect(await hostIn(dir).host.api.listInterviews()).toEqual([])
  })

  it('makes one backup a day and keeps the last seven', async () => {
    const clock = fixedClock('2026-03-01T09:00:00')
    const { host } = hostIn(dir, clock)
    await host.api.createInterview({ draft })
    for (let day = 0; day < 10; day++) {
      await host.data.backUp('daily')
      clock.advance(86_400_000)
    }
    const { backups } = await host.api.getDataOverview()
    expect(backups).toHaveLength(7)
    expect(backups[0]?.createdAt.slice(0, 10)).toBe('2026-03-10')
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(14)
  })

  it('refuses a backup id that is not one', async () => {
    const { host } = hostIn(dir)
    const err = await rejection(host.call('restoreBackup', { id: '../../etc/passwd' }))
    expect(err.message).toBe('That is not one of the backups.')
  })
})

describe('CSV', () => {
  it('lists live interviews and every attempt; formulas stay text', async () => {
    const { host } = await filled(dir)
    const interviews = await host.api.exportCsv({ table: 'interviews' })
    if (interviews.outcome !== 'download') throw new Error('expected a download')
    const lines = interviews.text.replace('\uFEFF', '').trim().split('\r\n')
    expect(lines[0]).toMatch(/^Company,Job title,Interview date/)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('"Ünïcödé notes, ""quoted"", and a, comma"')
    const attempts = await host.api.exportCsv({ table: 'attempts' })
    if (attempts.outcome !== 'download') throw new Error('expected a download')
    expect(attempts.fileName).toBe('Follow-Through follow-ups 2026-03-02.csv')
    expect(attempts.text).toContain(
      'Acme Tools,Product Designer,thank-you,2026-02-20,email,no,,Sent',
    )
  })

  it('keeps a formula-like company as text', async () => {
    const { host } = hostIn(dir)
    await host.api.createInterview({ draft: { ...draft, company: '=HYPERLINK("http://x")' } })
    const result = await host.api.exportCsv({ table: 'interviews' })
    if (result.outcome !== 'download') throw new Error('expected a download')
    expect(result.text).toContain(`"'=HYPERLINK(""http://x"")"`)
  })
})

describe('with desktop dialogs (Electron)', () => {
  it('saves where the user chose, reads the file the user picked, and honours Cancel', async () => {
    const target = path.join(other, 'export.zip')
    const shell = fakeShell({
      chooseSavePath: async () => target,
      chooseOpenPath: async () => target,
    })
    const { host } = hostIn(dir, undefined, { shell })
    await host.api.createInterview({ draft })
    expect(await host.api.exportData()).toEqual({ outcome: 'saved', path: target })
    expect(vi.mocked(shell.chooseSavePath).mock.calls[0]?.[0]).toMatchObject({
      suggestedName: expect.stringMatching(/^Follow-Through export .*\.zip$/),
    })
    expect(unzipSync(fs.readFileSync(target))['follow-through.json']).toBeDefined()
    expect(await host.api.importData({})).toMatchObject({ outcome: 'restored', interviews: 1 })
    vi.mocked(shell.chooseOpenPath).mockResolvedValueOnce(null)
    expect(await host.api.importData({})).toEqual({ outcome: 'cancelled' })
    vi.mocked(shell.chooseSavePath).mockResolvedValueOnce(null)
    expect(await host.api.exportCsv({ table: 'interviews' })).toEqual({ outcome: 'cancelled' })
    expect((await host.api.getDataOverview()).dialogs).toBe(true)
  })
})
