import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppClient } from '../contract/api'
import { methodNames } from '../contract/methods'
import { bindIpc } from './ipc'
import {
  bridgeCopy,
  electronModule,
  fake,
  FakeBrowserWindow,
  pageIn,
  resetFakeElectron,
} from './testing/fake-electron'
import { cleanup, hostIn, tempDir } from '../host/testing/temp-host'

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule())

let dir = ''
let unbind = () => {}
beforeEach(() => {
  resetFakeElectron()
  vi.resetModules()
  dir = tempDir()
})
afterEach(async () => {
  unbind()
  await cleanup(dir)
})

/** main's IPC on a real host, and the preload in a page of our own, as the app wires them. */
async function page(): Promise<AppClient> {
  const { host } = hostIn(dir)
  const win = new FakeBrowserWindow()
  pageIn(win)
  unbind = bindIpc(host, () => undefined)
  await import('../preload/index')
  return fake.mainWorld.api as AppClient
}

describe('the fake contextBridge', () => {
  it('copies only an Error’s message, as Electron documents, but a plain object whole', async () => {
    const api = bridgeCopy({
      error: async () => {
        throw Object.assign(new Error('bad'), { code: 'invalid-input' })
      },
      plain: async () => {
        throw { code: 'invalid-input', message: 'bad', issues: [{ path: 'a', message: 'b' }] }
      },
    }) as Record<string, () => Promise<unknown>>
    const lost = await api.error!().catch((e: unknown) => e)
    expect(lost).toBeInstanceOf(Error)
    expect((lost as { code?: string }).code).toBeUndefined()
    await expect(api.plain!()).rejects.toEqual({
      code: 'invalid-input',
      message: 'bad',
      issues: [{ path: 'a', message: 'b' }],
    })
  })
})

describe('preload', () => {
  it('exposes the contract’s methods and onEvent, and nothing else', async () => {
    const api = await page()
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'onEvent'].sort())
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true)
  })

  it('a refused call reaches the page with its code and field issues (1)', async () => {
    const api = await page()
    const err = await api
      .createInterview({ draft: { company: '', role: 'Designer', interviewDate: '2026-02-30' } })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({
      code: 'invalid-input',
      message: expect.any(String),
      issues: expect.arrayContaining([
        expect.objectContaining({ path: 'draft.company' }),
        expect.objectContaining({ path: 'draft.interviewDate' }),
      ]),
    })
    const missing = await api.getInterview({ id: 'nope' }).catch((e: unknown) => e)
    expect(missing).toMatchObject({ code: 'not-found' })
  })

  it('passes events as plain data, never Electron’s event object, and tells main it listens', async () => {
    const api = await page()
    const ready = vi.fn()
    electronModule().ipcMain.on('app:events-ready', ready)
    const got: unknown[] = []
    const stop = api.onEvent((e) => got.push(e))
    expect(ready).toHaveBeenCalledTimes(1)
    fake.windows[0]!.webContents.send('app:event', { type: 'open-today' })
    stop()
    fake.windows[0]!.webContents.send('app:event', { type: 'open-today' })
    expect(got).toEqual([{ type: 'open-today' }])
  })

  it('carries audio as an ArrayBuffer, and copies exactly a typed array’s bytes', async () => {
    const api = await page()
    const bytes = new Uint8Array([1, 2, 3, 4, 5, 6]).subarray(2, 5)
    const err = await api
      .saveTake({ audio: bytes as unknown as ArrayBuffer } as never)
      .catch((e: unknown) => e)
    // Not a complaint about the audio's type: the copy passed validation up to the other fields.
    expect(JSON.stringify(err)).not.toMatch(/audio/i)
  })
})

describe('the renderer side of the bridge', () => {
  it('turns the plain error back into an AppError', async () => {
    const { fromBridge } = await import('../renderer/api/client')
    // The same module graph as the client's, since each test starts a fresh one.
    const { AppError } = await import('../contract/errors')
    const api = await page()
    const err = await fromBridge(api)
      .createInterview({ draft: { company: '', role: 'x', interviewDate: '2026-03-02' } })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect(err).toMatchObject({ code: 'invalid-input', issues: [{ path: 'draft.company' }] })
  })
})
