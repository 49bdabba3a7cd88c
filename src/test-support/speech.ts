import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface Pcm {
  samples: Float32Array
  sampleRate: number
}

/** Reads a PCM WAV (8, 16 or 32-bit integer, or 32-bit float), mixed down to mono. */
export function readWav(file: string): Pcm {
  const buf = fs.readFileSync(file)
  if (buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error(`${file} is not a WAV file`)
  }
  let format = 0
  let channels = 1
  let sampleRate = 0
  let bits = 16
  let offset = 12
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4)
    // espeak-ng writes 0x7fffffff as the data size when it streams; clamp to what is there.
    const size = Math.min(buf.readUInt32LE(offset + 4), buf.length - offset - 8)
    const body = offset + 8
    if (id === 'fmt ') {
      format = buf.readUInt16LE(body)
      channels = buf.readUInt16LE(body + 2)
      sampleRate = buf.readUInt32LE(body + 4)
      bits = buf.readUInt16LE(body + 14)
    } else if (id === 'data') {
      const bytes = bits / 8
      const frames = Math.floor(size / (bytes * channels))
      const samples = new Float32Array(frames)
      for (let f = 0; f < frames; f++) {
        let sum = 0
        for (let c = 0; c < channels; c++) {
          const at = body + (f * channels + c) * bytes
          if (format === 3) sum += buf.readFloatLE(at)
          else if (bits === 16) sum += buf.readInt16LE(at) / 32768
          else if (bits === 32) sum += buf.readInt32LE(at) / 2147483648
          else sum += (buf.readUInt8(at) - 128) / 128
        }
        samples[f] = sum / channels
      }
      return { samples, sampleRate }
    }
    offset = body + size + (size % 2)
  }
  throw new Error(`${file} has no audio data`)
}

/** A fresh temp folder that the caller removes. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true })
}

/** Speaks `text` with espeak-ng at `wordsPerMinute` into a WAV in `dir` and reads it back. */
export function espeak(text: string, wordsPerMinute: number, dir: string): Pcm {
  const file = path.join(dir, `speech-${wordsPerMinute}-${fs.readdirSync(dir).length}.wav`)
  try {
    execFileSync('espeak-ng', ['-s', String(wordsPerMinute), '-w', file, text], { stdio: 'pipe' })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('espeak-ng is not installed (apt-get install espeak-ng; .ci/run does this)')
    }
    throw err
  }
  return readWav(file)
}
