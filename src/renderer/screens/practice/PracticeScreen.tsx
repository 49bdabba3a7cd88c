import { useState } from 'react'
import type { ScriptSummary } from '../../../contract/scripts-api'
import { errorMessage } from '../../api/errors'
import { useWrite } from '../../api/mutations'
import { rememberScript, useScripts } from '../../api/script-queries'
import { href, navigate } from '../../routing/router'
import { PageHeading } from '../../components/PageHeading'
import { useToast } from '../../components/Toasts'
import { draftStore } from './draft-store'
import './practice.css'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

function Status({ s }: { s: ScriptSummary }) {
  if (s.problems > 0) {
    return (
      <span className="badge badge-warn">
        {s.problems} {s.problems === 1 ? 'problem' : 'problems'} to fix
      </span>
    )
  }
  return <span className="badge badge-ok">Ready to practise</span>
}

function ScriptCard({ s }: { s: ScriptSummary }) {
  const toast = useToast()
  const [confirming, setConfirming] = useState(false)
  // The list follows both on the host's changed('scripts') event.
  const copy = useWrite((api) => api.duplicateScript({ scriptId: s.id }), rememberScript)
  const drop = useWrite((api) => api.deleteScript({ scriptId: s.id }))

  const duplicate = () =>
    copy.run(undefined, (made) => {
      toast({ message: `Made “${made.script.name}”.` })
      navigate({ name: 'practice-edit', scriptId: made.script.id })
    })
  const remove = () =>
    drop.run(undefined, () => {
      draftStore.clear(s.id)
      toast({ message: `Deleted “${s.name}”.` })
    })

  const headingId = `script-${s.id}`
  return (
    <li className="card script-card" aria-labelledby={headingId}>
      <div className="script-card-text">
        <h2 id={headingId}>
          {s.name}
          {s.builtIn && <span className="badge">Built in{s.edited ? ', edited' : ''}</span>}
        </h2>
        <p className="muted">
          {plural(s.steps, 'step')} · {plural(s.replies, 'reply', 'replies')} · {s.practisedReplies}{' '}
          of {s.replies} practised
        </p>
        <Status s={s} />
      </div>
      <div className="script-card-actions">
        <a className="button primary" href={href({ name: 'practice-play', scriptId: s.id })}>
          Practise<span className="visually-hidden"> {s.name}</span>
        </a>
        <a className="button" href={href({ name: 'practice-edit', scriptId: s.id })}>
          Edit<span className="visually-hidden"> {s.name}</span>
        </a>
        <a className="button" href={href({ name: 'practice-tree', scriptId: s.id })}>
          Whole script<span className="visually-hidden"> of {s.name}</span>
        </a>
        <button type="button" className="button" onClick={() => void duplicate()}>
          Duplicate<span className="visually-hidden"> {s.name}</span>
        </button>
        {!s.builtIn &&
          (confirming ? (
            <span className="confirm-row" role="group" aria-label={`Delete ${s.name}?`}>
              <button type="button" className="button danger" onClick={() => void remove()}>
                Delete for good
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </span>
          ) : (
            <button type="button" className="button danger" onClick={() => setConfirming(true)}>
              Delete<span className="visually-hidden"> {s.name}</span>
            </button>
          ))}
      </div>
    </li>
  )
}

/** Every call script, with a way to practise, edit, copy or start a new one. */
export function PracticeScreen() {
  const { data, error } = useScripts()
  const { run } = useWrite((api) => api.createScript({ name: 'New call script' }), rememberScript)
  const create = () =>
    run(undefined, (made) => navigate({ name: 'practice-edit', scriptId: made.script.id }))
  return (
    <>
      <PageHeading
        actions={
          <button type="button" className="button" onClick={() => void create()}>
            New script
          </button>
        }
      >
        Call practice
      </PageHeading>
      <p className="lead-text">
        Rehearse the follow-up phone call before you make it. You say your line, pick what the
        employer answers, and the script branches the way a real call would.
      </p>
      {error && (
        <p role="alert" className="error-text">
          {errorMessage(error)}
        </p>
      )}
      {data && (
        <ul className="script-list" aria-label="Your call scripts">
          {data.map((s) => (
            <ScriptCard key={s.id} s={s} />
          ))}
        </ul>
      )}
    </>
  )
}
