import { useState } from 'react'
import { Button } from 'react-aria-components'
import type { ComposerView } from '../../../contract/messages-api'
import type { Channel } from '../../../core/followup/plan'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { useToast } from '../../components/Toasts'

interface Props {
  view: ComposerView
  channel: Channel
  subject: string | null
  body: string
  gapsLeft: number
  edited: boolean
  onStartOver: () => void
  onMarkSent: () => void
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
  } catch {
    // Older engines or a denied permission: the selection route still works from a click.
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.select()
    const ok = document.execCommand('copy')
    area.remove()
    if (!ok) throw new Error('Copying was blocked. Select the text and copy it yourself.')
  }
}

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

const fileSafe = (text: string) =>
  text
    .replace(/[^\p{L}\d]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)

/** Copy, the user's mail app, print or save, and "mark as sent". */
export function MessageActions({
  view,
  channel,
  subject,
  body,
  gapsLeft,
  edited,
  onStartOver,
  onMarkSent,
}: Props) {
  const toast = useToast()
  const [confirmGaps, setConfirmGaps] = useState<null | (() => void)>(null)
  const guard = (run: () => void) => () => (gapsLeft > 0 ? setConfirmGaps(() => run) : run())

  const copy = async () => {
    try {
      await copyText(body)
      toast({
        message:
          subject !== null
            ? 'Message copied. Paste it into your email, then copy the subject.'
            : 'Copied.',
      })
    } catch (err) {
      toast({ message: errorMessage(err), tone: 'error' })
    }
  }

  const copySubject = async () => {
    try {
      await copyText(subject ?? '')
      toast({ message: 'Subject copied.' })
    } catch (err) {
      toast({ message: errorMessage(err), tone: 'error' })
    }
  }

  const openMail = async () => {
    try {
      const result = await getClient().openMail({
        to: view.recipient?.email ?? '',
        subject: subject ?? '',
        body,
      })
      if (result.outcome === 'navigate') window.location.assign(result.href)
      toast({
        message: 'Handed to your mail app. Come back and mark it as sent once it is on its way.',
      })
    } catch (err) {
      toast({ message: errorMessage(err), tone: 'error' })
    }
  }

  const name = fileSafe(
    `${view.company} ${view.recipient?.firstName ?? ''} ${channel === 'phone' ? 'voicemail' : 'message'}`,
  )
  const saveText = () =>
    download(`${name || 'message'}.txt`, subject !== null ? `Subject: ${subject}\n\n${body}` : body)

  return (
    <div className="message-actions">
      {confirmGaps && (
        <div className="form-banner" role="alert">
          <p>
            The draft still has {gapsLeft === 1 ? 'a gap' : `${gapsLeft} gaps`} in square brackets.
            Fill {gapsLeft === 1 ? 'it' : 'them'} first, or go on anyway?
          </p>
          <p className="form-actions">
            <Button
              className="button small"
              onPress={() => {
                confirmGaps()
                setConfirmGaps(null)
              }}
            >
              Go on anyway
            </Button>
            <Button className="button small primary" onPress={() => setConfirmGaps(null)} autoFocus>
              {gapsLeft === 1 ? 'Let me fill it' : 'Let me fill them'}
            </Button>
          </p>
        </div>
      )}
      <div className="action-row">
        <Button className="button" onPress={guard(() => void copy())}>
          {channel === 'phone' ? 'Copy the script' : 'Copy message'}
        </Button>
        {subject !== null && (
          <Button className="button" onPress={() => void copySubject()}>
            Copy subject
          </Button>
        )}
        {channel === 'email' && (
          <Button className="button" onPress={guard(() => void openMail())}>
            Open in my mail app
          </Button>
        )}
        {channel !== 'email' && (
          <Button className="button" onPress={guard(() => window.print())}>
            Print
          </Button>
        )}
        <Button className="button" onPress={saveText}>
          Save as text
        </Button>
        <Button className="button primary" onPress={onMarkSent}>
          {channel === 'phone' ? 'Mark the call as made' : 'Mark as sent'}
        </Button>
        {edited && (
          <Button className="button subtle" onPress={onStartOver}>
            Start over from the template
          </Button>
        )}
      </div>
      <pre className="print-only print-note">{body}</pre>
    </div>
  )
}
