import fs from 'node:fs'
import path from 'node:path'
import { afterAll, bench, describe } from 'vitest'
import type { SaveTakeInput } from '../contract/takes-api'
import { analyzeTake } from '../core/audio/analyze'
import { tone } from '../core/audio/signals'
import { PEAK_BUCKETS, PEAK_SCALE } from '../core/audio/waveform'
import { hostIn, tempDir } from './testing/temp-host'

// Opus speech at the recorder's default ~80 kb/s is about 3 MB for five minutes.
const BYTES = 3 * 1024 * 1024
const audio = new Uint8Array(BYTES)
for (let i = 0; i < BYTES; i++) audio[i] = (i * 2654435761) >>> 24
// The host refuses bytes that don't open like their type: a WebM file starts with EBML's magic.
audio.set([0x1a, 0x45, 0xdf, 0xa3])

const markers = Array.from({ length: 12 }, (_, i) => ({ nodeId: `step-${i}`, atMs: i * 25_000 }))
const analysis = { ...analyzeTake(tone(220, 1000, 8000, 0.5), 8000, markers), durationMs: 300_000 }
const input: SaveTakeInput = {
  scriptId: 'default-call',
  mode: 'run',
  markers,
  durationMs: 300_000,
  mimeType: 'audio/webm;codecs=opus',
  audio: audio.buffer,
  analysis,
  // A full-size waveform outline, as every take saved while recording has.
  peaks: Array.from({ length: PEAK_BUCKETS }, (_, i) => (i * 37) % (PEAK_SCALE + 1)),
}

const dir = tempDir()
const { host } = hostIn(dir)
let saved = 0

// A store that already lists 1,000 takes (tiny files): each save rewrites the metadata file.
const busyDir = tempDir()
const recordings = path.join(busyDir, 'recordings')
fs.mkdirSync(recordings)
const records = Array.from({ length: 1000 }, (_, i) => {
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
  fs.writeFileSync(path.join(recordings, `${id}.webm`), 'x')
  const { audio: _audio, ...meta } = input
  return {
    ...meta,
    id,
    name: `Take ${i + 1}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    sizeBytes: 1,
    starred: false,
    file: `${id}.webm`,
  }
})
fs.writeFileSync(
  path.join(busyDir, 'takes.json'),
  JSON.stringify({ schemaVersion: 1, takes: records }),
)
// Measured before the host starts: it moves a legacy takes.json into its journal.
console.log(
  `takes.json with 1,000 takes: ${(fs.statSync(path.join(busyDir, 'takes.json')).size / 1e6).toFixed(1)} MB`,
)
const busy = hostIn(busyDir).host

afterAll(() => {
  console.log(`saved ${saved} takes of ${(BYTES / 1e6).toFixed(1)} MB`)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(busyDir, { recursive: true, force: true })
})

describe('takes', () => {
  bench(
    'save a 5-minute take (3 MB) through the API: validate, temp file, fsync, rename, metadata',
    async () => {
      await host.call('saveTake', input)
      saved++
    },
    { iterations: 20, warmupIterations: 2 },
  )
  bench(
    'save a 5-minute take when 1,000 takes are already listed',
    async () => {
      await busy.call('saveTake', input)
    },
    { iterations: 20, warmupIterations: 2 },
  )
  bench('list 1,000 takes and report usage', async () => {
    await busy.api.listTakes({ scriptId: 'default-call' })
    await busy.api.takesUsage()
  })
  bench('read a 5-minute take back (getTakeAudio)', async () => {
    const [first] = await host.api.listTakes()
    if (first) await host.api.getTakeAudio({ id: first.id })
  })
})
