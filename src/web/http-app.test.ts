import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JSON_LENGTH_HEADER, META_HEADER } from '../contract/binary-wire'
import { analyzeTake } from '../core/audio/analyze'
import { tone } from '../core/audio/signals'
import { hostIn, tempDir } from '../host/testing/temp-host'
import { createHttpApp, TOKEN_HEADER } from './http-app'

const TOKEN = 'test-token-1234'
let dir: string
let server: http.Server
let port: number

beforeEach(async () => {
  dir = tempDir()
  const rendererDir = path.join(dir, 'renderer')
  fs.mkdirSync(rendererDir)
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>')
  const { host } = hostIn(dir)
  server = http.createServer(
    createHttpApp({
      host,
      token: TOKEN,
      rendererDir,
      port: () => port,
      maxAudioBytes: 1024 * 1024,
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as { port: number }).port
})

afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
})

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** A raw request, so tests can set Host and Origin as a browser on another site would. */
function send(
  method: string,
  urlPath: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        headers: { host: `127.0.0.1:${port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const json = (r: Reply) => JSON.parse(r.body.toString('utf8')) as Record<string, unknown>
const authed = { [TOKEN_HEADER]: TOKEN, 'content-type': 'application/json' }
const callJson = (method: string, input: unknown, headers: Record<string, string> = authed) =>
  send('POST', `/api/${method}`, { headers, body: JSON.stringify({ input }) })

const analysis = analyzeTake(tone(220, 1000, 8000, 0.5), 8000, [{ nodeId: 'opening', atMs: 0 }])

/** What the renderer's HTTP client sends for input with audio: JSON fields, then the bytes. */
function upload(rest: Record<string, unknown>, audio: Buffer, headers = {}) {
  const meta = Buffer.from(JSON.stringify(rest), 'utf8')
  return send('POST', '/api/saveTake', {
    headers: {
      [TOKEN_HEADER]: TOKEN,
      'content-type': 'application/octet-stream',
      [JSON_LENGTH_HEADER]: String(meta.length),
      ...headers,
    },
    body: Buffer.concat([meta, audio]),
  })
}

const takeFields = {
  scriptId: 'default-call',
  mode: 'run',
  markers: [{ nodeId: 'opening', atMs: 0 }],
  durationMs: 1000,
  mimeType: 'audio/webm;codecs=opus',
  analysis,
}

describe('web host security', () => {
  it('refuses an API call without the token (401)', async () => {
    const r = await callJson('listTakes', undefined, { 'content-type': 'application/json' })
    expect(r.status).toBe(401)
    expect(json(r)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('earlier launch') },
    })
  })

  it('refuses a foreign Origin (403), even with the token', async () => {
    const r = await callJson('listTakes', undefined, { ...authed, origin: 'https://evil.example' })
    expect(r.status).toBe(403)
  })

  it('refuses an unknown Host (421), as DNS rebinding would send', async () => {
    const r = await callJson('listTakes', undefined, { ...authed, host: `evil.example:${port}` })
    expect(r.status).toBe(421)
  })
})

describe('JSON calls', () => {
  it('answers a valid call with { ok, value }', async () => {
    const r = await callJson('takesUsage', undefined, {
      ...authed,
      origin: `http://127.0.0.1:${port}`,
    })
    expect(r.status).toBe(200)
    expect(json(r)).toMatchObject({ ok: true, value: { count: 0, totalBytes: 0 } })
  })

  it('answers invalid input with 400 and a readable message', async () => {
    const r = await callJson('renameTake', { id: 'x', name: '   ' })
    expect(r.status).toBe(400)
    expect(json(r)).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'A take needs a name.',
        issues: [{ path: 'name', message: 'A take needs a name.' }],
      },
    })
  })
})

describe('binary payloads', () => {
  it('uploads audio as a raw body and downloads it back as the same bytes, typed as audio', async () => {
    const audio = Buffer.alloc(300_000)
    for (let i = 0; i < audio.length; i++) audio[i] = (i * 7) & 0xff
    const saved = await upload(takeFields, audio)
    expect(saved.status).toBe(200)
    const take = (json(saved) as { value: { id: string; sizeBytes: number } }).value
    expect(take.sizeBytes).toBe(300_000)

    const back = await callJson('getTakeAudio', { id: take.id })
    expect(back.status).toBe(200)
    expect(back.headers['content-type']).toBe('audio/webm;codecs=opus')
    expect(JSON.parse(decodeURIComponent(String(back.headers[META_HEADER])))).toEqual({
      mimeType: 'audio/webm;codecs=opus',
    })
    expect(back.body.equals(audio)).toBe(true)
  })

  it('validates an upload like any other call', async () => {
    const r = await upload({ ...takeFields, mimeType: 'text/html' }, Buffer.from('x'))
    expect(r.status).toBe(400)
    expect(json(r)).toMatchObject({ error: { message: expect.stringContaining('WebM') } })
    const noLength = await upload(takeFields, Buffer.from('x'), { [JSON_LENGTH_HEADER]: 'abc' })
    expect(noLength.status).toBe(400)
    const listed = await callJson('listTakes', undefined)
    expect(json(listed)).toEqual({ ok: true, value: [] })
  })

  it('refuses an oversize upload with 400 and a clear message, and saves nothing', async () => {
    const r = await upload(takeFields, Buffer.alloc(6 * 1024 * 1024, 1))
    expect(r.status).toBe(400)
    expect(json(r)).toMatchObject({
      error: { message: 'That recording is too large to save (the limit is 1 MB).' },
    })
    expect(json(await callJson('listTakes', undefined))).toEqual({ ok: true, value: [] })
  })

  it('refuses an oversize JSON body with 400', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024)
    const r = await callJson('renameTake', { id: 'x', name: big })
    expect(r.status).toBe(400)
    expect(json(r)).toMatchObject({ error: { message: 'That request is too large to save.' } })
  })
})
