import type { QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { PracticeCounts } from '../../../core/script/schema'
import { errorMessage } from '../../api/errors'
import { useWrite } from '../../api/mutations'
import { useInterview, useInterviews, useSettings, useToday } from '../../api/queries'
import { scriptKeys, usePracticeCounts, useScript } from '../../api/script-queries'
import { href } from '../../routing/router'
import { PageHeading } from '../../components/PageHeading'
import { SelectInput } from '../../components/SelectInput'
import { CoveragePanel } from './CoveragePanel'
import { isDirty, useDraft } from './draft-store'
import { mergeValuesFor } from './merge-values'
import { Player } from './Player'
import { PracticeBlocked } from './PracticeBlocked'
import { SpeechNote } from './SpeechNote'
import { usePracticeInterview } from './use-practice-interview'
import { useSpeech } from './use-speech'
import './practice.css'

/** Rehearse one script: pick the interview, then play the call. */
export function PlayerScreen({
  scriptId,
  interviewId: requested,
}: {
  scriptId: string
  /** Chosen by a link from a planned phone step. */
  interviewId?: string | undefined
}) {
  const script = useScript(scriptId)
  const counts = usePracticeCounts(scriptId)
  const interviews = useInterviews()
  const settings = useSettings()
  const speech = useSpeech(settings.data?.speech)
  const today = useToday()
  const [interviewId, setInterviewId] = usePracticeInterview(interviews.data, today.data, requested)
  // The list holds summaries; the lines need the chosen interview whole (names, prepared answers).
  const chosen = useInterview(interviewId, { enabled: interviewId !== '' })
  const [surprise, setSurprise] = useState(false)
  const draft = useDraft(scriptId)

  // The practice counts the host returns replace the cached ones; the script list's "practised"
  // figures follow on its changed('scripts') event.
  const rememberCounts = (next: PracticeCounts, qc: QueryClient) =>
    qc.setQueryData(scriptKeys.counts(scriptId), next)
  const { run: record } = useWrite(
    (api, edgeIds: string[]) => api.recordPractice({ scriptId, edgeIds }),
    rememberCounts,
  )
  const { run: clear } = useWrite((api) => api.clearPractice({ scriptId }), rememberCounts)

  const name = script.data?.script.name ?? 'Call practice'
  const heading = (
    <PageHeading
      actions={
        script.data && (
          <>
            <a className="button" href={href({ name: 'practice-edit', scriptId })}>
              Edit script
            </a>
            <a className="button" href={href({ name: 'practice-tree', scriptId })}>
              Whole script
            </a>
          </>
        )
      }
    >
      {name}
      <span className="heading-sub">Practise the call</span>
    </PageHeading>
  )

  const failed = script.error ?? counts.error ?? interviews.error
  if (failed) {
    return (
      <>
        {heading}
        <p role="alert" className="error-text">
          {errorMessage(failed)} <a href={href({ name: 'practice' })}>Back to your call scripts</a>
        </p>
      </>
    )
  }
  // Today's agenda picks the default interview, so wait for it (or its failure) to avoid a flip.
  const waiting = (!today.data && !today.error) || (interviewId !== '' && chosen.isPending)
  if (!script.data || !counts.data || !interviews.data || !settings.data || waiting) return heading

  const { script: data, problems } = script.data
  const interview = interviewId ? chosen.data : undefined
  const values = mergeValuesFor(interview, settings.data.profile)
  return (
    <>
      {heading}
      {isDirty(draft) && (
        <p className="notice-inline">
          You have unsaved changes to this script. Practice uses the saved version.{' '}
          <a href={href({ name: 'practice-edit', scriptId })}>Back to the editor</a>
        </p>
      )}
      {problems.length > 0 ? (
        <PracticeBlocked scriptId={scriptId} problems={problems} />
      ) : (
        <>
          <div className="practice-setup">
            <SelectInput
              label="Practise for"
              value={interviewId}
              onChange={setInterviewId}
              options={[
                ['', 'No interview (show the gaps)'] as const,
                ...interviews.data.map((i) => [i.id, `${i.company} · ${i.role}`] as const),
              ]}
            />
            {/* A toggle button, not a checkbox: the number keys keep working after pressing it. */}
            <button
              type="button"
              className="toggle-button"
              aria-pressed={surprise}
              onClick={() => setSurprise(!surprise)}
            >
              <span className="toggle-track" aria-hidden="true" />
              Surprise me
              <span className="toggle-hint">they answer at random</span>
            </button>
            <SpeechNote speech={speech} enabled={settings.data.speech.enabled} />
          </div>
          <Player
            key={data.updatedAt ?? 'as-shipped'}
            script={data}
            values={values}
            counts={counts.data}
            speech={speech}
            interviews={interviews.data}
            interview={interview}
            interviewId={interviewId}
            surprise={surprise}
            onRecord={(edgeIds) => void record(edgeIds)}
          />
          <CoveragePanel script={data} counts={counts.data} onClear={() => void clear(undefined)} />
        </>
      )}
    </>
  )
}
