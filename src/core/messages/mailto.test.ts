import { describe, expect, it } from 'vitest'
import { buildMailto, isAppMailto } from './mailto'

describe('buildMailto', () => {
  it('carries to, subject and body, with CRLF line ends and %20 spaces', () => {
    const url = buildMailto({
      to: 'dana@acme.test',
      subject: 'Hi & bye?',
      body: 'Line one\nLine two',
    })
    expect(url).toBe(
      'mailto:dana@acme.test?subject=Hi%20%26%20bye%3F&body=Line%20one%0D%0ALine%20two',
    )
    expect(isAppMailto(url)).toBe(true)
  })

  it('leaves To empty rather than passing on something that is not one address', () => {
    for (const to of ['', 'not an address', 'a@b.test,c@d.test', 'a@b.test?cc=x@y.test']) {
      const url = buildMailto({ to, subject: 's', body: 'b' })
      expect(url.startsWith('mailto:?subject=')).toBe(true)
      expect(isAppMailto(url)).toBe(true)
    }
  })

  it('round-trips unusual but valid addresses', () => {
    expect(
      isAppMailto(buildMailto({ to: 'sam+jobs@mail.example.org', subject: '', body: '' })),
    ).toBe(true)
  })
})

describe('isAppMailto: only links shaped like ours', () => {
  it.each([
    ['another scheme', 'https://example.test/?subject=a&body=b'],
    ['a file', 'file:///etc/passwd'],
    ['a cc header', 'mailto:a@b.test?subject=a&body=b&cc=x@y.test'],
    ['bcc instead of body', 'mailto:a@b.test?subject=a&bcc=x@y.test'],
    ['an attachment', 'mailto:a@b.test?subject=a&body=b&attach=/etc/passwd'],
    ['two recipients', 'mailto:a@b.test,c@d.test?subject=a&body=b'],
    ['fields in the wrong order', 'mailto:a@b.test?body=b&subject=a'],
    ['no query', 'mailto:a@b.test'],
    ['raw spaces', 'mailto:a@b.test?subject=a b&body=c'],
    ['broken escapes', 'mailto:a@b.test?subject=%E0%A4%A&body=c'],
    ['a fragment', 'mailto:a@b.test?subject=a&body=b#x'],
    ['an encoded second header', 'mailto:a@b.test%3Fcc%3Dx@y.test?subject=a&body=b'],
    ['upper-case scheme trick', 'MAILTO:a@b.test?subject=a&body=b'],
    ['far too long', `mailto:?subject=a&body=${'a'.repeat(40_000)}`],
    ['not a string', 42],
  ])('refuses %s', (_name, url) => {
    expect(isAppMailto(url)).toBe(false)
  })
})
