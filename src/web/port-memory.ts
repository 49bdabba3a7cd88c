import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

/** Where the web host keeps the port it last ran on, beside the user's data. */
export const PORT_FILE = 'web-port.json'

const isPort = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1024 && n <= 65535

/** The port of the last launch, or null when there was none or the file can't be trusted. */
export function rememberedPort(dir: string): number | null {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(dir, PORT_FILE), 'utf8')) as unknown
    const port = (data as { port?: unknown } | null)?.port
    return isPort(port) ? port : null
  } catch {
    return null
  }
}

/**
 * Keeps this launch's port for the next one. Written aside and renamed, so a crash or a full
 * disk leaves the old file or the new one; failing to write only costs the next launch its port.
 */
export function rememberPort(dir: string, port: number): boolean {
  const file = path.join(dir, PORT_FILE)
  const temp = `${file}.${process.pid}.tmp`
  try {
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(temp, JSON.stringify({ port }))
    fs.renameSync(temp, file)
    return true
  } catch {
    try {
      fs.rmSync(temp, { force: true })
    } catch {
      // Nothing was written, so there is nothing to tidy.
    }
    return false
  }
}

/**
 * Which ports to try, in order. `PORT` always wins (the tests pass 0 for any free port); else
 * the last launch's port, so a bookmark keeps working, then any free port.
 */
export function portsToTry(envPort: string | undefined, remembered: number | null): number[] {
  if (envPort !== undefined && envPort !== '') {
    const port = Number(envPort)
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(`PORT must be a whole number from 0 to 65535, not “${envPort}”.`)
    }
    return [port]
  }
  return remembered === null ? [0] : [remembered, 0]
}

function listenOnce(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (err: Error) => {
      server.off('listening', listening)
      reject(err)
    }
    const listening = () => {
      server.off('error', failed)
      resolve((server.address() as { port: number }).port)
    }
    server.once('error', failed)
    server.once('listening', listening)
    server.listen(port, host)
  })
}

/** Listens on the first port that is free; a busy one (or one we may not use) moves to the next. */
export async function listenOnFirstFree(
  server: http.Server,
  ports: number[],
  host = '127.0.0.1',
): Promise<{ port: number; skipped: number[] }> {
  const skipped: number[] = []
  for (const [i, candidate] of ports.entries()) {
    try {
      return { port: await listenOnce(server, candidate, host), skipped }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      const last = i === ports.length - 1
      if (last || (code !== 'EADDRINUSE' && code !== 'EACCES')) throw err
      skipped.push(candidate)
    }
  }
  throw new Error('No port to listen on.')
}
