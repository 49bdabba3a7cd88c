import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../core/settings/schema'
import { defaultCallScript } from '../../../core/script/default-script'
import { fakeClient } from '../../testing/fake-client'
import { renderWith } from '../../testing/render-app'
import { RecordingPanel } from './RecordingPanel'

const devices = [
  { kind: 'audioinput', deviceId: 'default', label: 'Default' },
  { kind: 'audioinput', deviceId: 'usb-1', label: 'USB headset' },
  { kind: 'audiooutput', deviceId: 'spk', label: 'Speakers' },
]

function fakeMedia(getUserMedia: () => Promise<MediaStream>) {
  const media = {
    getUserMedia: vi.fn(getUserMedia),
    enumerateDevices: vi.fn(async () => devices),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  }
  Object.defineProperty(navigator, 'mediaDevices', { value: media, configurable: true })
  return media
}

function client(access: 'granted' | 'denied' = 'granted') {
  return fakeClient({
    getSettings: async () => ({ ...defaultSettings, microphoneId: 'usb-1' }),
    getScript: async () => ({ script: defaultCallScript, problems: [], edited: false }),
    listTakes: async () => [],
    requestMicrophoneAccess: async () => ({ access }),
    updateSettings: async ({ patch }) => ({ ...defaultSettings, ...patch }),
  })
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'mediaDevices')
})

describe('RecordingPanel', () => {
  it('lists microphones, shows the remembered one, and remembers a new choice', async () => {
    const user = userEvent.setup()
    fakeMedia(() => Promise.reject(new Error('unused')))
    const { client: c } = client()
    renderWith(c, <RecordingPanel scriptId="default-call" currentNodeId="opening" />)
    const picker = await screen.findByLabelText('Microphone')
    await waitFor(() => expect(picker).toHaveValue('usb-1'))
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'System default microphone',
      'USB headset',
    ])
    await user.selectOptions(picker, 'System default microphone')
    expect(c.updateSettings).toHaveBeenCalledWith({ patch: { microphoneId: '' } })
  })

  it('says plainly when the system refuses the microphone, without trying to record', async () => {
    const user = userEvent.setup()
    const media = fakeMedia(() => Promise.reject(new Error('unused')))
    const { client: c } = client('denied')
    renderWith(c, <RecordingPanel scriptId="default-call" currentNodeId="opening" />)
    await user.click(await screen.findByRole('button', { name: 'Record the whole call' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your system hasn’t given Follow-Through access to the microphone.',
    )
    expect(media.getUserMedia).not.toHaveBeenCalled()
  })

  it.each([
    ['NotAllowedError', 'isn’t allowed to use the microphone'],
    ['NotFoundError', 'No microphone was found'],
  ])('explains %s and stays ready to try again', async (name, message) => {
    const user = userEvent.setup()
    fakeMedia(() => Promise.reject(new DOMException('x', name)))
    const { client: c } = client()
    const onRunStart = vi.fn()
    renderWith(
      c,
      <RecordingPanel scriptId="default-call" currentNodeId="opening" onRunStart={onRunStart} />,
    )
    await user.click(await screen.findByRole('button', { name: 'Record this line only' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(screen.getByRole('button', { name: 'Record this line only' })).toBeEnabled()
    expect(onRunStart).not.toHaveBeenCalled()
  })
})
