import { getClient } from '../api/client'
import { keys, useApiMutation, useNotices } from '../api/queries'

/** Messages from the host, such as a damaged file that was moved aside, until dismissed. */
export function Notices() {
  const { data: notices = [] } = useNotices()
  const dismiss = useApiMutation(
    (id: string) => getClient().dismissNotice({ id }),
    [[...keys.notices]],
  )
  if (notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((n) => (
        <section key={n.id} className={`notice notice-${n.level}`} aria-label={n.title}>
          <div>
            <strong>{n.title}</strong>
            <p>{n.message}</p>
          </div>
          <button type="button" className="button small" onClick={() => dismiss.mutate(n.id)}>
            Dismiss
          </button>
        </section>
      ))}
    </div>
  )
}
