/**
 * mailto: links the app builds, and the check that a link is one of them. Electron opens only
 * links that pass `isAppMailto`, so a page can never get the shell to open anything else.
 */

/** Enough for any real message; mail apps and OSes cut links far longer than this. */
export const MAILTO_MAX = 32_000

// One plain address: no commas (several recipients), no "?" or "&" (extra headers), no spaces.
const ADDRESS = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/

export const isMailAddress = (value: string) => ADDRESS.test(value) && value.length <= 254

// RFC 6068 wants %20 for spaces and CRLF line ends inside hfields.
const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'))

export interface MailParts {
  to: string
  subject: string
  body: string
}

/** Builds `mailto:to?subject=…&body=…`; an empty or invalid address leaves "To" for the user. */
export function buildMailto({ to, subject, body }: MailParts): string {
  const address = isMailAddress(to.trim()) ? to.trim() : ''
  const query = [`subject=${encode(subject)}`, `body=${encode(body)}`].join('&')
  return `mailto:${encodeURIComponent(address).replaceAll('%40', '@')}?${query}`
}

/**
 * True only for links shaped exactly like `buildMailto`'s: the mailto scheme, at most one
 * plain address, and only the subject and body fields, each once. Cc, bcc, attachments,
 * other schemes, and anything past the length limit are refused.
 */
export function isAppMailto(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > MAILTO_MAX) return false
  const m = /^mailto:([^?#]*)\?([^#]*)$/.exec(url)
  if (!m) return false
  const [, rawTo = '', query = ''] = m
  let to: string
  try {
    to = decodeURIComponent(rawTo)
  } catch {
    return false
  }
  if (
    to !== '' &&
    (!isMailAddress(to) || encodeURIComponent(to).replaceAll('%40', '@') !== rawTo)
  ) {
    return false
  }
  const pairs = query.split('&')
  if (pairs.length !== 2) return false
  const names = pairs.map((p) => p.slice(0, p.indexOf('=')))
  if (names[0] !== 'subject' || names[1] !== 'body') return false
  return pairs.every((p) => {
    const value = p.slice(p.indexOf('=') + 1)
    try {
      decodeURIComponent(value)
    } catch {
      return false
    }
    // Only what encodeURIComponent produces: no raw spaces, quotes or further separators.
    return /^[A-Za-z0-9\-_.!~*'()%]*$/.test(value)
  })
}
