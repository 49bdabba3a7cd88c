import { AxisBottom, AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'

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
  // Six dates fit under the chart; past that every second or third is labelled, always this week.
  const every = Math.ceil(columns.length / 6)
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
        <AxisLeft
          scale={y}
          numTicks={Math.min(4, top)}
          tickFormat={(v) => (Number.isInteger(Number(v)) ? String(v) : '')}
          tickLabelProps={{ className: 'chart-tick' }}
          axisLineClassName="chart-axis"
          tickClassName="chart-axis"
        />
        <AxisBottom
          scale={x}
          top={innerHeight}
          tickValues={columns
            .filter((_, i) => (columns.length - 1 - i) % every === 0)
            .map((c) => c.label)}
          tickLabelProps={{ className: 'chart-tick' }}
          axisLineClassName="chart-axis"
          tickClassName="chart-axis"
        />
      </Group>
    </svg>
  )
}
