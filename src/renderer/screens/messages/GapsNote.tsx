import type { ComposerView } from '../../../contract/messages-api'
import type { FieldHelp, MessageField } from '../../../core/messages/fields'
import { href } from '../../routing/router'

interface Props {
  view: ComposerView
  gaps: MessageField[]
  /** Optional parts of the template that stay out because the interview has no value for them. */
  couldAdd: MessageField[]
  help: (field: MessageField) => FieldHelp
}

function Where({ view, help }: { view: ComposerView; help: FieldHelp }) {
  return help.source === 'settings' ? (
    <a href={href({ name: 'settings' })}>Open Settings</a>
  ) : (
    <a href={href({ name: 'edit-interview', id: view.interviewId })}>Edit the interview</a>
  )
}

/** Names each gap left in the draft and where to fill it, so nothing goes out as “[company]”. */
export function GapsNote({ view, gaps, couldAdd, help }: Props) {
  if (gaps.length === 0 && couldAdd.length === 0) return null
  return (
    <div className="gaps-note">
      {gaps.length > 0 && (
        <section aria-labelledby="gaps-heading" className="gaps">
          <h2 id="gaps-heading">
            {gaps.length === 1 ? 'One gap to fill' : `${gaps.length} gaps to fill`}
          </h2>
          <p className="muted small">
            Type over it here, or fill it in once and every draft uses it.
          </p>
          <ul>
            {gaps.map((field) => {
              const h = help(field)
              return (
                <li key={field}>
                  <code>{h.gap}</code>: {h.source === 'settings' ? 'add' : 'add'} {h.fillWith}{' '}
                  {h.source === 'settings' ? 'in Settings' : 'to the interview'}.{' '}
                  <Where view={view} help={h} />
                </li>
              )
            })}
          </ul>
        </section>
      )}
      {couldAdd.length > 0 && (
        <p className="muted small could-add">
          To make it more personal, add {couldAdd.map((f) => help(f).fillWith).join(', ')} to the
          interview.{' '}
          <a href={href({ name: 'edit-interview', id: view.interviewId })}>Edit the interview</a>
        </p>
      )}
    </div>
  )
}
