import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../host/testing/temp-host'
import {
  listenOnFirstFree,
  PORT_FILE,
  portsToTry,
  rememberedPort,
  rememberPort,
} from './port-memory'

let dir: string
const servers: http.Server[] = []
beforeEach(() => {
  dir = tempDir()
})
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r))
  fs.rmSync(dir, { recursive: true, force: true })
})

const server = () => {
  const s = http.createServer()
  servers.push(s)
  return s
}

describe('remembering the port', () => {
  it('keeps a port for the next launch', () => {
    expect(rememberedPort(dir)).toBeNull()
    expect(rememberPort(dir, 51234)).toBe(true)
    expect(rememberedPort(dir)).toBe(51234)
    expect(fs.readdirSync(dir)).toEqual([PORT_FILE])
  })

  it.each([
    ['not JSON', '{"port": 51'],
    ['no port', '{}'],
    ['a privileged port', '{"port": 80}'],
    ['out of range', '{"port": 70000}'],
    ['a string', '{"port": "51234"}'],
    ['null', 'null'],
  ])('ignores a file with %s', (_what, text) => {
    fs.writeFileSync(path.join(dir, PORT_FILE), text)
    expect(rememberedPort(dir)).toBeNull()
  })

  it('reports a folder it cannot write to instead of throwing', () => {
    const file = path.join(dir, 'not-a-folder')
    fs.writeFileSync(file, '')
    expect(rememberPort(file, 51234)).toBe(false)
  })
})

describe('choosing the port', () => {
  it.each<[string | undefined, number | null, number[]]>([
    [undefined, null, [0]],
    [undefined, 51234, [51234, 0]],
    ['', 51234, [51234, 0]],
    ['0', 51234, [0]],
    ['8080', 51234, [8080]],
  ])('PORT=%s, last time %s: tries %j', (env, last, ports) => {
    expect(portsToTry(env, last)).toEqual(ports)
  })

  it('refuses a PORT that is not a port', () => {
    expect(() => portsToTry('web', null)).toThrow('PORT must be a whole number')
    expect(() => portsToTry('70000', null)).toThrow('PORT must be a whole number')
  })

  it('reuses the port when it is free and moves on when it is taken', async () => {
    const first = await listenOnFirstFree(server(), [0])
    const taken = first.port
    // Taken by the first server: the second gets another port and says which it skipped.
    const second = await listenOnFirstFree(server(), [taken, 0])
    expect(second.port).not.toBe(taken)
    expect(second.skipped).toEqual([taken])
    await new Promise((r) => servers[0]!.close(r))
    const third = await listenOnFirstFree(server(), [taken, 0])
    expect(third).toEqual({ port: taken, skipped: [] })
  })

  it('fails plainly when the only port allowed (PORT) is taken', async () => {
    const { port } = await listenOnFirstFree(server(), [0])
    await expect(listenOnFirstFree(server(), [port])).rejects.toMatchObject({
      code: 'EADDRINUSE',
    })
  })
})
