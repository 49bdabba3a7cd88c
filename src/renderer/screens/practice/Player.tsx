import { useEffect, useRef, useState } from 'react'
import type { Interview } from '../../../core/interview/schema'
import { fillLine, type MergeValues } from '../../../core/script/merge-fields'
import {
  back,
  choose,
  current,
  restart,
  start,
  surpriseChoice,
  type PlayerState,
} from '../../../core/script/player'
import type { CallScript, PracticeCounts } from '../../../core/script/schema'
import { RecordingPanel } from '../takes/RecordingPanel'
import { DontSay } from './DontSay'
import { EndOfCall } from './EndOfCall'
import { PathTaken } from './PathTaken'
import { PreparedAnswerPrompt } from './PreparedAnswerPrompt'
import { ReplyChoices } from './ReplyChoices'
import { edgesOf, unrecorded } from './run-record'
import { StepView } from './StepView'
import { usePlayerKeys } from './use-player-keys'
import type { Speech } from './use-speech'

export interface PlayerProps {
  /** Must have no problems: the screen checks before it shows the player. */
  script: CallScript
  values: MergeValues
  counts: PracticeCounts
  speech: Pick<Speech, 'canSpeak' | 'speak' | 'stop'>
  interviews: readonly Pick<Interview, 'id' | 'company' | 'role'>[]
  /** The chosen interview in full (its prepared answers), once loaded. */
  interview: Interview | undefined
  interviewId: string
  surprise: boolean
  /** Called as replies are chosen, with those not counted yet in this run. */
  onRecord: (edgeIds: string[]) => void
  random?: () => number
}

type Move = { how: 'choice' | 'back' | 'restart'; n: number }

/** One rehearsal: the current line, the employer's replies, and where the call has been. */
export function Player({
  script,
  values,
  counts,
  speech,
  interviews,
  interview,
  interviewId,
  surprise,
  onRecord,
  random = Math.random,
}: PlayerProps) {
  const [state, setState] = useState<PlayerState>(() => start(script))
  const [move, setMove] = useState<Move | null>(null)
  const stepRef = useRef<HTMLElement>(null)
  const recorded = useRef<string[]>([])

  const view = current(script, state)
  const viaId = state.path[state.path.length - 1]?.viaEdgeId
  const via = script.edges.find((e) => e.id === viaId)
  const employerText = via ? fillLine(via.employerLine?.trim() || via.label, values).text : ''

  const go = (next: PlayerState, how: Move['how']) => {
    if (next === state) return
    if (how !== 'choice') speech.stop()
    if (how === 'restart') recorded.current = []
    // Each reply counts as practised once chosen, so a run stopped halfway still counts. Going
    // back and choosing the same reply again adds nothing; a different one is new practice.
    if (how === 'choice') {
      const fresh = unrecorded(recorded.current, edgesOf(next))
      if (fresh.length) {
        recorded.current = edgesOf(next)
        onRecord(fresh)
      }
    }
    setState(next)
    setMove((m) => ({ how, n: (m?.n ?? 0) + 1 }))
  }
  const actions = {
    choose: (index: number) => go(choose(script, state, index), 'choice'),
    back: () => go(back(state), 'back'),
    restart: () => go(restart(state), 'restart'),
    surprise: () => {
      const index = surpriseChoice(script, state, random, counts)
      if (index >= 0) go(choose(script, state, index), 'choice')
    },
    jump: (index: number) => go({ ...state, path: state.path.slice(0, index + 1) }, 'back'),
  }

  usePlayerKeys({
    choose: (index) => {
      if (!surprise) actions.choose(index)
    },
    back: actions.back,
    restart: actions.restart,
    ...(surprise && !view.isEnd ? { next: actions.surprise } : {}),
  })

  // After each move: the new step takes focus (so it is read out), and a reply is spoken.
  useEffect(() => {
    if (!move) return
    stepRef.current?.focus()
    if (move.how === 'choice' && employerText) speech.speak(employerText)
    // Only a new move should do this, not a re-render with the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [move])

  const count = Math.min(view.replies.length, 9)
  return (
    <div className="player">
      <PathTaken script={script} state={state} onJump={actions.jump} />
      <div className="player-grid">
        <div className="player-main">
          <StepView
            ref={stepRef}
            node={view.node}
            via={via}
            values={values}
            interviewId={interviewId}
            onSayAgain={
              speech.canSpeak && employerText ? () => speech.speak(employerText) : undefined
            }
          />
          <PreparedAnswerPrompt node={view.node} values={values} interview={interview} />
          {view.isEnd ? (
            <EndOfCall
              script={script}
              state={state}
              interviews={interviews}
              interviewId={interviewId}
              onRestart={actions.restart}
              onBack={actions.back}
            />
          ) : (
            <ReplyChoices
              replies={view.replies}
              counts={counts}
              surprise={surprise}
              onChoose={actions.choose}
              onSurprise={actions.surprise}
            />
          )}
          <p className="key-hints">
            <span className="visually-hidden">Keyboard shortcuts: </span>
            {!view.isEnd &&
              (surprise ? (
                <span>
                  <kbd>N</kbd> let them answer
                </span>
              ) : (
                <span>
                  <kbd>1</kbd>
                  {count > 1 && (
                    <>
                      –<kbd>{count}</kbd>
                    </>
                  )}{' '}
                  pick their reply
                </span>
              ))}
            <span>
              <kbd>Backspace</kbd> go back
            </span>
            <span>
              <kbd>R</kbd> start again
            </span>
          </p>
        </div>
        <DontSay donts={view.node.donts} values={values} />
      </div>
      <RecordingPanel
        scriptId={script.id}
        interviewId={interviewId}
        currentNodeId={view.node.id}
        onRunStart={actions.restart}
      />
    </div>
  )
}
