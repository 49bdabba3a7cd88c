import { useId, useState } from 'react'
import type { Take } from '../../../contract/takes-api'
import { errorMessage } from '../../api/errors'
import { useScript } from '../../api/script-queries'
import { useTakes } from '../../api/take-queries'
import { href } from '../../routing/router'
import { PageHeading } from '../../components/PageHeading'
import { CompareView } from './CompareView'
import { StoragePanel } from './StoragePanel'
import { TakeCard } from './TakeCard'
import { TrendPanel } from './TrendPanel'
import { useTakeCommands } from './use-take-commands'
import './takes.css'

/** Line takes grouped by the line they record, in the script's own step order. */
function byLine(takes: Take[], order: string[]): [string, Take[]][] {
  const groups = new Map<string, Take[]>()
  for (const t of takes) {
    const key = t.nodeId ?? ''
    groups.set(key, [...(groups.get(key) ?? []), t])
  }
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length)
  return [...groups].sort(([a], [b]) => rank(a) - rank(b))
}

/** Every take of one script: listen, compare, keep the best, and clear out what is not needed. */
export function TakesScreen({ scriptId }: { scriptId: string }) {
  const script = useScript(scriptId)
  const takes = useTakes(scriptId)
  const commands = useTakeCommands()
  const [openId, setOpenId] = useState<string | null>(null)
  const [selected, setSelected] = useState<string[]>([])
  const [comparing, setComparing] = useState<[string, string] | null>(null)
  const runsId = useId()
  const linesId = useId()

  const nodes = script.data?.script.nodes ?? []
  const titleOf = (nodeId: string) => nodes.find((n) => n.id === nodeId)?.title ?? nodeId
  const name = script.data?.script.name

  const heading = (
    <PageHeading
      actions={
        <a className="button" href={href({ name: 'practice-play', scriptId })}>
          Practise{name ? ` ${name}` : ''}
        </a>
      }
    >
      Your takes
      {name && <span className="heading-sub">{name}</span>}
    </PageHeading>
  )

  if (takes.error) {
    return (
      <>
        {heading}
        <p role="alert" className="error-text">
          {errorMessage(takes.error)}{' '}
          <a href={href({ name: 'practice' })}>Back to your call scripts</a>
        </p>
      </>
    )
  }
  if (!takes.data) return heading

  const list = takes.data
  if (list.length === 0) {
    return (
      <>
        {heading}
        <div className="empty-state">
          <h2>No takes yet</h2>
          <p>
            Record yourself while you rehearse this call, then listen back here: how long you spoke,
            where you paused, and how each take compares with the last.
          </p>
          <a className="button primary" href={href({ name: 'practice-play', scriptId })}>
            Practise and record
          </a>
        </div>
      </>
    )
  }

  const live = new Set(list.map((t) => t.id))
  const chosen = selected.filter((id) => live.has(id))
  const comparePair = comparing
    ? (comparing.map((id) => list.find((t) => t.id === id)) as [Take?, Take?])
    : null
  const runs = list.filter((t) => t.mode === 'run')
  const lines = list.filter((t) => t.mode === 'line')
  const card = (t: Take) => (
    <TakeCard
      key={t.id}
      take={t}
      titleOf={titleOf}
      commands={commands}
      selected={chosen.includes(t.id)}
      onSelect={(on) => setSelected((s) => (on ? [...s, t.id] : s.filter((id) => id !== t.id)))}
      open={openId === t.id}
      onToggleOpen={() => setOpenId(openId === t.id ? null : t.id)}
    />
  )

  return (
    <>
      {heading}
      {chosen.length > 0 && (
        <div className="selection-bar" role="region" aria-label="Selected takes">
          <span>
            {chosen.length} {chosen.length === 1 ? 'take' : 'takes'} selected
          </span>
          <button
            type="button"
            className="button primary small"
            disabled={chosen.length !== 2}
            onClick={() => {
              // Older on the left, so the comparison reads as before → after.
              const [x, y] = chosen.map((id) => list.find((t) => t.id === id)!)
              setComparing(x!.createdAt <= y!.createdAt ? [x!.id, y!.id] : [y!.id, x!.id])
            }}
          >
            Compare the two
          </button>
          <button
            type="button"
            className="button danger small"
            onClick={() => {
              void commands.removeMany({ ids: chosen }, '')
              setSelected([])
            }}
          >
            Delete selected
          </button>
          <button type="button" className="button subtle small" onClick={() => setSelected([])}>
            Clear selection
          </button>
          {chosen.length !== 2 && <span className="muted small">Pick two takes to compare.</span>}
        </div>
      )}

      {comparePair?.[0] && comparePair[1] && (
        <CompareView
          takes={[comparePair[0], comparePair[1]]}
          titleOf={titleOf}
          onClose={() => setComparing(null)}
        />
      )}

      <TrendPanel takes={list} />

      {runs.length > 0 && (
        <section aria-labelledby={runsId} className="takes-section">
          <h2 id={runsId}>Whole calls</h2>
          <ul className="take-list">{runs.map(card)}</ul>
        </section>
      )}
      {lines.length > 0 && (
        <section aria-labelledby={linesId} className="takes-section">
          <h2 id={linesId}>Single lines</h2>
          {byLine(
            lines,
            nodes.map((n) => n.id),
          ).map(([nodeId, group]) => (
            <section key={nodeId} aria-label={`Takes of the line “${titleOf(nodeId)}”`}>
              <h3 className="line-heading">{titleOf(nodeId)}</h3>
              <ul className="take-list">{group.map(card)}</ul>
            </section>
          ))}
        </section>
      )}

      <StoragePanel scriptId={scriptId} takes={list} commands={commands} />
    </>
  )
}
