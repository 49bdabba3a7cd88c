import { EditorText } from './EditorField'

interface Props {
  nodeId: string
  donts: string[]
  error: string | undefined
  onChange: (donts: string[]) => void
  onAdded: (fieldId: string) => void
}

export const dontFieldId = (nodeId: string, index: number) => `node-${nodeId}-dont-${index}`

/** The DON'T examples shown beside the line while practising, one field each. */
export function DontsEditor({ nodeId, donts, error, onChange, onAdded }: Props) {
  return (
    <fieldset className="donts-editor" id={`node-${nodeId}-donts`} tabIndex={-1}>
      <legend>Don’t say</legend>
      <p className="field-description">
        Things that sound desperate, pushy or bitter, shown beside your line as a warning.
      </p>
      {error && <p className="field-error">{error}</p>}
      {donts.length === 0 && <p className="muted">No examples yet.</p>}
      {donts.map((text, i) => (
        <div key={i} className="dont-row">
          <EditorText
            id={dontFieldId(nodeId, i)}
            label={`Example ${i + 1}`}
            value={text}
            onChange={(value) => onChange(donts.map((d, j) => (j === i ? value : d)))}
          />
          <button
            type="button"
            className="button small subtle"
            aria-label={`Remove example ${i + 1}`}
            onClick={() => onChange(donts.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => {
          onChange([...donts, ''])
          onAdded(dontFieldId(nodeId, donts.length))
        }}
      >
        Add an example
      </button>
    </fieldset>
  )
}
