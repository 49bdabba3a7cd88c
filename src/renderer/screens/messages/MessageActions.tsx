import { useState } from 'react'
import type { ComposerView } from '../../../contract/messages-api'
import type { Channel } from '../../../core/followup/plan'
import { errorMessage } from '../../api/errors'
import { useWrite } from '../../api/mutations'
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
  const mail = useWrite((api) =>
    api.openMail({ to: view.recipient?.email ?? '', subject: subject ?? '', body }),
  )
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

  const openMail = () =>
    mail.run(undefined, (result) => {
      if (result.outcome === 'navigate') window.location.assign(result.href)
      toast({
        message: 'Handed to your mail app. Come back and mark it as sent once it is on its way.',
      })
    })

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
            <button
              type="button"
              className="button small"
              onClick={() => {
                confirmGaps()
                setConfirmGaps(null)
              }}
            >
              Go on anyway
            </button>
            <button
              type="button"
              className="button small primary"
              onClick={() => setConfirmGaps(null)}
              autoFocus
            >
              {gapsLeft === 1 ? 'Let me fill it' : 'Let me fill them'}
            </button>
          </p>
        </div>
      )}
      <div className="action-row">
        <button type="button" className="button" onClick={guard(() => void copy())}>
          {channel === 'phone' ? 'Copy the script' : 'Copy message'}
        </button>
        {subject !== null && (
          <button type="button" className="button" onClick={() => void copySubject()}>
            Copy subject
          </button>
        )}
        {channel === 'email' && (
          <button type="button" className="button" onClick={guard(() => void openMail())}>
            Open in my mail app
          </button>
        )}
        {channel !== 'email' && (
          <button type="button" className="button" onClick={guard(() => window.print())}>
            Print
          </button>
        )}
        <button type="button" className="button" onClick={saveText}>
          Save as text
        </button>
        <button type="button" className="button primary" onClick={onMarkSent}>
          {channel === 'phone' ? 'Mark the call as made' : 'Mark as sent'}
        </button>
        {edited && (
          <button type="button" className="button subtle" onClick={onStartOver}>
            Start over from the template
          </button>
        )}
      </div>
      <pre className="print-only print-note">{body}</pre>
    </div>
  )
}
