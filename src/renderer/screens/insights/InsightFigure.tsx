import { useId, type ReactNode } from 'react'
import type { Section } from '../../../contract/insights-api'

interface Props {
  title: string
  section: Section
  /** Whether there is any number at all to put in the table (zeros everywhere say nothing). */
  hasData: boolean
  chart: ReactNode
  /** Column headings, then rows of cells; the first cell of a row names it. */
  head: string[]
  rows: (string | number)[][]
}

/**
 * One question answered: a plain sentence, the chart, and the same numbers as a table beside it.
 * With too little data the chart is left out and the sentence says why; the table stays.
 */
export function InsightFigure({ title, section, hasData, chart, head, rows }: Props) {
  const id = useId()
  return (
    <figure className="insight" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className={section.enough ? 'insight-summary' : 'insight-summary too-little'}>
          {section.summary}
        </p>
      </figcaption>
      {hasData && (
        <div className={section.enough ? 'insight-body' : 'insight-body table-only'}>
          {section.enough && <div className="insight-chart">{chart}</div>}
          <table className="data-table insight-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([first, ...rest]) => (
                <tr key={String(first)}>
                  <th scope="row">{first}</th>
                  {rest.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  )
}
