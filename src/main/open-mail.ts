import { isAppMailto } from '../core/messages/mailto'

/**
 * Hands a mailto: link to the system mail app (`shell.openExternal`), but only one shaped
 * exactly like those the host builds (one address, subject and body): never another scheme,
 * never cc, bcc or attachments, whatever the page sends.
 */
export async function openMailLink(
  mailto: string,
  openExternal: (url: string) => Promise<void>,
): Promise<void> {
  if (!isAppMailto(mailto)) throw new Error('Refused to open a link that is not a message draft.')
  await openExternal(mailto)
}
