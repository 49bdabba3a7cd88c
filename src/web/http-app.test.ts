import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JSON_LENGTH_HEADER, META_HEADER } from '../contract/binary-wire'
import { analyzeTake } from '../core/audio/analyze'
import { tone } from '../core/audio/signals'
import { EventBus } from '../host/event-bus'
import { PageDelivery } from '../host/page-delivery'
import { firstAnswersIn } from '../host/testing/first-answers-in'
import { cleanup, hostIn, tempDir } from '../host/testing/temp-host'
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
  await cleanup(dir)
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

/** How every WebM file begins (EBML); uploads must start like the container they claim. */
const WEBM_MAGIC = [0x1a, 0x45, 0xdf, 0xa3]

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
      error: {
        message: expect.stringContaining('printed in the terminal where `npm run web` runs'),
      },
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

describe('the page opened from the link', () => {
  const page = '<!doctype html><body><div id="root"></div></body>'

  it("comes with the first screen's answers, only with this launch's token", async () => {
    fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), page)
    await callJson('createInterview', {
      draft: {
        company: '</script><script>alert(1)</script>',
        role: 'Designer',
        interviewDate: '2026-03-02',
      },
    })
    const r = await send('GET', `/?token=${TOKEN}`)
    const html = r.body.toString('utf8')
    // The company name cannot end the element: every < in the data is written as \u003c.
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    const answers = firstAnswersIn(html)!
    expect(answers.settings).toMatchObject({ theme: 'system' })
    expect(answers.notices).toEqual([])
    expect(answers.today).toMatchObject({ empty: false })
    expect(JSON.stringify(answers.today)).toContain('</script><script>alert(1)</script>')

    for (const other of ['/', '/?token=wrong', `/assets/x.js?token=${TOKEN}`]) {
      expect(firstAnswersIn((await send('GET', other)).body.toString('utf8'))).toBeNull()
    }
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
    audio.set(WEBM_MAGIC)
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

describe('hostile input never stops the host and never reaches the store', () => {
  it.each(['/%', '/%zz', '/assets/%ff', '/%E0%A4%A'])(
    'a malformed escape (%s) answers 400 and the host keeps serving',
    async (address) => {
      const bad = await send('GET', address)
      expect(bad.status).toBe(400)
      const after = await send('GET', '/')
      expect(after.status).toBe(200)
      expect(json(await callJson('takesUsage', undefined)).ok).toBe(true)
    },
  )

  it('accepts the token in the address only for the event stream', async () => {
    const call = await send('POST', `/api/listTakes?token=${TOKEN}`, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({}),
    })
    expect(call.status).toBe(401)
    const events = await new Promise<number>((resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port,
          path: `/api/events?token=${TOKEN}`,
          headers: { host: `127.0.0.1:${port}` },
        },
        (res) => {
          resolve(res.statusCode ?? 0)
          res.destroy()
        },
      )
      req.on('error', reject)
    })
    expect(events).toBe(200)
  })

  it('refuses a text/plain body (what another site may send unasked) and saves nothing', async () => {
    const draft = { company: 'Acme', role: 'Designer', interviewDate: '2026-03-02' }
    const r = await send('POST', '/api/createInterview', {
      headers: { [TOKEN_HEADER]: TOKEN, 'content-type': 'text/plain' },
      body: JSON.stringify({ input: { draft } }),
    })
    expect(r.status).toBe(415)
    expect(json(await callJson('listInterviews', undefined))).toEqual({ ok: true, value: [] })
  })

  it('refuses dates outside 1900–2200', async () => {
    const r = await callJson('createInterview', {
      draft: { company: 'Acme', role: 'Designer', interviewDate: '9999-12-31' },
    })
    expect(r.status).toBe(400)
    expect(json(r)).toMatchObject({
      error: { message: 'Interview date must be between 1900 and 2200.' },
    })
  })

  it.each([
    ['a CR/LF', 'audio/webm\r\nx-evil: 1'],
    ['a NUL', 'audio/webm;codecs=opus\u0000'],
    ['non-Latin-1 text', 'audio/webm;codecs=оpus'],
    ['another container', 'audio/wav'],
    ['a stray parameter', 'audio/webm;rate=48000'],
  ])('refuses an audio type with %s, and saves nothing', async (_name, mimeType) => {
    const audio = Buffer.from([...WEBM_MAGIC, 1, 2, 3])
    const r = await upload({ ...takeFields, mimeType }, audio)
    expect(r.status).toBe(400)
    expect(json(await callJson('listTakes', undefined))).toEqual({ ok: true, value: [] })
  })

  it.each([
    ['audio/webm;codecs=opus', [0x1a, 0x45, 0xdf, 0xa3]],
    ['audio/ogg; codecs="opus"', [0x4f, 0x67, 0x67, 0x53]],
    ['audio/mp4;codecs=mp4a.40.2', [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]],
  ])(
    'accepts %s when the bytes start like that container, refuses other bytes',
    async (mimeType, magic) => {
      const ok = await upload({ ...takeFields, mimeType }, Buffer.from([...magic, 9, 9, 9]))
      expect(ok.status).toBe(200)
      const wrong = await upload({ ...takeFields, mimeType }, Buffer.from('<html>not audio</html>'))
      expect(wrong.status).toBe(400)
      expect(json(wrong)).toMatchObject({
        error: {
          message: 'The recording is not the kind of audio its type says, so it was not saved.',
        },
      })
      expect(json(await callJson('listTakes', undefined)).value).toHaveLength(1)
    },
  )

  it('refuses a take for an interview that does not exist', async () => {
    const r = await upload(
      { ...takeFields, interviewId: 'no-such-interview' },
      Buffer.from([...WEBM_MAGIC, 1]),
    )
    expect(r.status).toBe(404)
    expect(json(await callJson('listTakes', undefined))).toEqual({ ok: true, value: [] })
    expect(fs.readdirSync(dir).includes('recordings')).toBe(false)
  })

  it('ends a failing request alone when something unexpected throws', async () => {
    let otherPort = 0
    const broken = createHttpApp({
      host: {
        call: async () => ({ value: 1n }),
        events: new EventBus(),
        pages: new PageDelivery(() => undefined),
      },
      token: TOKEN,
      rendererDir: path.join(dir, 'renderer'),
      port: () => otherPort,
    })
    const other = http.createServer(broken)
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    otherPort = (other.address() as { port: number }).port
    const answer = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: otherPort,
          method: 'POST',
          path: '/api/listTakes',
          headers: { host: `127.0.0.1:${otherPort}`, ...authed },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end('{}')
    })
    other.close()
    expect(answer).toBe(500)
  })
})
