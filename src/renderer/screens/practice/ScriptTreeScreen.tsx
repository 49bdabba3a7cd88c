import { errorMessage } from '../../api/errors'
import { useScript } from '../../api/script-queries'
import { href } from '../../routing/router'
import { PageHeading } from '../../components/PageHeading'
import { kindLabels } from './kind-labels'
import { outline, type OutlineBranch, type OutlineItem } from './outline'
import './practice.css'

const anchor = (nodeId: string) => `tree-step-${nodeId}`

function Item({ item }: { item: OutlineItem }) {
  if (item.kind === 'missing') {
    return <p className="tree-missing">A step called “{item.nodeId}” that doesn’t exist.</p>
  }
  if (item.kind === 'repeat') {
    return (
      <p className="tree-repeat">
        <span aria-hidden="true">↩ </span>goes to{' '}
        {/* A hash link would change the route; focusing the step keeps the reader here. */}
        <button
          type="button"
          className="link-button"
          onClick={() => document.getElementById(anchor(item.node.id))?.focus()}
        >
          {item.node.title}
        </button>{' '}
        <span className="muted">(shown above)</span>
      </p>
    )
  }
  const { node, branches } = item
  return (
    <>
      <div className={`tree-step kind-${node.kind}`} id={anchor(node.id)} tabIndex={-1}>
        <p className="tree-title">
          <strong>{node.title}</strong> <span className="tree-kind">{kindLabels[node.kind]}</span>
        </p>
        <p className="tree-line">{node.line || <em className="muted">No line yet</em>}</p>
        {node.donts.length > 0 && (
          <p className="tree-donts">
            <span className="dont-mark" aria-hidden="true">
              ✕
            </span>{' '}
            Don’t say: {node.donts.map((d) => `“${d}”`).join(' · ')}
          </p>
        )}
      </div>
      {branches.length > 0 && <Branches branches={branches} />}
    </>
  )
}

function Branches({ branches }: { branches: OutlineBranch[] }) {
  return (
    <ul className="tree-branches">
      {branches.map(({ edge, item }) => (
        <li key={edge.id}>
          <p className="tree-reply">
            If they say <strong>“{edge.label || 'unlabelled reply'}”</strong>
            {edge.employerLine && <span className="muted">: {edge.employerLine}</span>}
          </p>
          <Item item={item} />
        </li>
      ))}
    </ul>
  )
}

/** The whole call at a glance: every branch from the opening, read-only. */
export function ScriptTreeScreen({ scriptId }: { scriptId: string }) {
  const { data, error } = useScript(scriptId)
  const heading = (
    <PageHeading
      actions={
        data && (
          <>
            <a className="button primary" href={href({ name: 'practice-play', scriptId })}>
              Practise
            </a>
            <a className="button" href={href({ name: 'practice-edit', scriptId })}>
              Edit script
            </a>
          </>
        )
      }
    >
      {data?.script.name ?? 'Call script'}
      <span className="heading-sub">The whole script</span>
    </PageHeading>
  )
  if (error) {
    return (
      <>
        {heading}
        <p role="alert" className="error-text">
          {errorMessage(error)} <a href={href({ name: 'practice' })}>Back to your call scripts</a>
        </p>
      </>
    )
  }
  if (!data) return heading
  const { root, unreached } = outline(data.script)
  return (
    <>
      {heading}
      <p className="muted">
        Each step is written out once; when a reply leads back to a step already shown, it says
        where it goes instead. Lines are shown with their fill-ins, like {'{{company}}'}.
      </p>
      {data.problems.length > 0 && (
        <p className="notice-inline">
          This script has {data.problems.length}{' '}
          {data.problems.length === 1 ? 'problem' : 'problems'}.{' '}
          <a href={href({ name: 'practice-edit', scriptId })}>Fix in the editor</a>
        </p>
      )}
      <section className="card tree" aria-label="Call outline">
        {root ? (
          <ul className="tree-branches tree-root">
            <li>
              <Item item={root} />
            </li>
          </ul>
        ) : (
          <p className="empty-inline">The start step is missing, so there is no call to show.</p>
        )}
      </section>
      {unreached.length > 0 && (
        <section className="card tree" aria-labelledby="unreached-heading">
          <h2 id="unreached-heading">Steps the call never reaches</h2>
          <ul className="tree-branches tree-root">
            {unreached.map((item, i) => (
              <li key={i}>
                <Item item={item} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
