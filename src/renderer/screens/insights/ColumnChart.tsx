import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import { DateAxis, ValueAxis } from './ChartAxes'

interface Props {
  columns: { label: string; value: number }[]
  label: string
}

const MARGIN = { top: 10, right: 12, bottom: 30, left: 36 }
const WIDTH = 460
const HEIGHT = 200

/** Vertical bars over time, e.g. takes per week. */
export function ColumnChart({ columns, label }: Props) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const top = Math.max(1, ...columns.map((c) => c.value))
  const x = scaleBand<string>({
    domain: columns.map((c) => c.label),
    range: [0, innerWidth],
    padding: 0.25,
  })
  const y = scaleLinear<number>({ domain: [0, top], range: [innerHeight, 0], nice: true })
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <Group left={MARGIN.left} top={MARGIN.top}>
        {columns.map((c) => (
          <Bar
            key={c.label}
            className="chart-main"
            x={x(c.label) ?? 0}
            y={y(c.value)}
            width={x.bandwidth()}
            height={innerHeight - y(c.value)}
            rx={2}
          />
        ))}
        <ValueAxis
          scale={y}
          ticks={Math.min(4, top)}
          format={(v) => (Number.isInteger(v) ? String(v) : '')}
        />
        <DateAxis scale={x} top={innerHeight} labels={columns.map((c) => c.label)} />
      </Group>
    </svg>
  )
}
