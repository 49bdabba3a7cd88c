import { describe, expect, it, vi } from 'vitest'
import { buildMailto } from '../core/messages/mailto'
import { openMailLink } from './open-mail'

describe('openMailLink (the Electron adapter behind DesktopShell.openMail)', () => {
  it('passes a link the host built to shell.openExternal', async () => {
    const openExternal = vi.fn(async () => {})
    const link = buildMailto({
      to: 'dana@acme.test',
      subject: 'Hello',
      body: 'Hi Dana,\n\nThanks.',
    })
    await openMailLink(link, openExternal)
    expect(openExternal).toHaveBeenCalledWith(link)
  })

  it.each([
    'https://evil.test/',
    'file:///etc/passwd',
    'mailto:a@b.test?subject=a&body=b&attach=/etc/passwd',
    'mailto:a@b.test?subject=a&body=b&bcc=x@y.test',
    'javascript:alert(1)',
  ])('never opens %s', async (url) => {
    const openExternal = vi.fn(async () => {})
    await expect(openMailLink(url, openExternal)).rejects.toThrow('not a message draft')
    expect(openExternal).not.toHaveBeenCalled()
  })
})
