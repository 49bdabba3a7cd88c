import type { Notice } from '../../contract/notices'
import { useWrite } from '../api/mutations'
import { keys, useNotices } from '../api/queries'

/** Messages from the host, such as a damaged file that was moved aside, until dismissed. */
export function Notices() {
  const { data: notices = [] } = useNotices()
  // The notice leaves at once; the host's change event refreshes the list behind it.
  const dismiss = useWrite(
    (api, id: string) => api.dismissNotice({ id }),
    (_, qc, id) =>
      qc.setQueryData<Notice[]>(keys.notices, (list) => list?.filter((n) => n.id !== id)),
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
          <button type="button" className="button small" onClick={() => void dismiss.run(n.id)}>
            Dismiss
          </button>
        </section>
      ))}
    </div>
  )
}
