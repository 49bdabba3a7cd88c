import { subDays } from 'date-fns'
import { useId, useState } from 'react'
import type { Take } from '../../../contract/takes-api'
import { formatBytes } from '../../../core/audio/format'
import { useTakesUsage } from '../../api/take-queries'
import { SelectInput } from '../../components/SelectInput'
import type { useTakeCommands } from './use-take-commands'

const ages = [
  ['7', 'a week'],
  ['30', 'a month'],
  ['90', 'three months'],
] as const
type Age = (typeof ages)[number][0]

/** How much room takes use, and a way to clear out old ones in one go (with undo). */
export function StoragePanel({
  scriptId,
  takes,
  commands,
}: {
  scriptId: string
  takes: Take[]
  commands: ReturnType<typeof useTakeCommands>
}) {
  const headingId = useId()
  const usage = useTakesUsage()
  const [age, setAge] = useState<Age>('30')
  const [keepBest, setKeepBest] = useState(true)
  const here = takes.reduce((n, t) => n + t.sizeBytes, 0)
  const label = ages.find(([v]) => v === age)?.[1] ?? ''

  const removeOld = () => {
    const olderThan = subDays(new Date(), Number(age)).toISOString()
    void commands.removeMany(
      { olderThan, scriptId, keepStarred: keepBest },
      `None of these takes is older than ${label}.`,
    )
  }

  return (
    <section className="card storage-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Storage</h2>
      <p>
        This script’s takes use <strong>{formatBytes(here)}</strong>.
        {usage.data && (
          <>
            {' '}
            In total, {usage.data.count} {usage.data.count === 1 ? 'take uses' : 'takes use'}{' '}
            <strong>{formatBytes(usage.data.totalBytes)}</strong>.
          </>
        )}
      </p>
      {usage.data && <p className="muted small">Kept in {usage.data.folder}</p>}
      <div className="inline-form">
        <SelectInput label="Delete takes older than" value={age} onChange={setAge} options={ages} />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={keepBest}
            onChange={(e) => setKeepBest(e.target.checked)}
          />
          Keep best takes
        </label>
        <button type="button" className="button danger" onClick={removeOld}>
          Delete older takes
        </button>
      </div>
    </section>
  )
}
