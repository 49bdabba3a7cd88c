import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import type { Take, TakeMode } from '../../../contract/takes-api'
import type { TakeEvidence } from '../../../core/audio/take-meter'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { takeKeys } from '../../api/take-queries'
import { analyseRecording } from '../../audio/analyse-recording'
import { downloadBlob, extensionFor } from '../../audio/download'
import { STOP_MARKS, type Recording } from '../../audio/recording-session'

export interface TakeContext {
  scriptId: string
  interviewId?: string
  mode: TakeMode
  nodeId?: string
}

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving' }
  | { phase: 'saved'; take: Take }
  /** The recording is still in memory: it can be saved again or downloaded. */
  | { phase: 'failed'; message: string; canRetry: boolean; canDownload: boolean }

/**
 * Measures and saves a finished recording. When saving fails (a full disk, the app gone) the
 * recording stays in memory with "Try again" and "Download a copy", so no take is ever lost.
 */
export function useTakeSaver() {
  const qc = useQueryClient()
  const [state, setState] = useState<SaveState>({ phase: 'idle' })
  const pending = useRef<{
    recording: Recording
    context: TakeContext
    evidence?: TakeEvidence
    streamFailed?: boolean
  }>(null)

  const attempt = useCallback(async () => {
    const job = pending.current
    if (!job) return
    const { recording, context } = job
    if (recording.blob.size === 0 || recording.durationMs <= 0) {
      pending.current = null
      setState({
        phase: 'failed',
        message: 'Nothing was recorded, so there is no take to save.',
        canRetry: false,
        canDownload: false,
      })
      return
    }
    setState({ phase: 'saving' })
    try {
      // Measured live while recording; decoding is only for when that couldn't run.
      job.evidence ??=
        recording.evidence ?? (await analyseRecording(recording.blob, recording.markers))
    } catch {
      setState({
        phase: 'failed',
        message:
          'This recording couldn’t be read back to measure it, so it wasn’t saved. You can still download a copy.',
        canRetry: false,
        canDownload: true,
      })
      return
    }
    try {
      // Streamed while recording, only the last second is left to send; else the whole take.
      const streamed = !job.streamFailed && (await recording.upload.complete())
      performance.mark(STOP_MARKS.sent)
      const take = await getClient()
        .saveTake({
          ...context,
          markers: recording.markers,
          durationMs: recording.durationMs,
          mimeType: recording.mimeType,
          ...(streamed
            ? { uploadId: recording.upload.id }
            : { audio: await (await recording.playable()).arrayBuffer() }),
          analysis: job.evidence.analysis,
          peaks: job.evidence.peaks,
        })
        .catch((err: unknown) => {
          // "Try again" then sends the whole recording, which is still here.
          if (streamed) job.streamFailed = true
          throw err
        })
      performance.mark(STOP_MARKS.saved)
      pending.current = null
      setState({ phase: 'saved', take })
      await qc.invalidateQueries({ queryKey: takeKeys.all })
    } catch (err) {
      setState({
        phase: 'failed',
        message: `${errorMessage(err)} Your recording is kept here until you save or download it.`,
        canRetry: true,
        canDownload: true,
      })
    }
  }, [qc])

  const save = useCallback(
    (recording: Recording, context: TakeContext) => {
      pending.current = { recording, context }
      return attempt()
    },
    [attempt],
  )

  const downloadCopy = useCallback(async () => {
    const job = pending.current
    if (!job) return
    const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ').replace(':', '.')
    downloadBlob(
      await job.recording.playable(),
      `Practice take ${stamp}.${extensionFor(job.recording.mimeType)}`,
    )
  }, [])

  const discard = useCallback(() => {
    pending.current = null
    setState({ phase: 'idle' })
  }, [])

  return {
    state,
    save,
    retry: attempt,
    downloadCopy,
    discard,
  }
}
