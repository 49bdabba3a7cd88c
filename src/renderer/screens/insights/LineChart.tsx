import { AxisBottom, AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleLinear, scalePoint } from '@visx/scale'
import { LinePath } from '@visx/shape'

interface Props {
  points: { label: string; value: number | null }[]
  /** The y range; padded from the data when not given. */
  domain?: [number, number]
  format?: (value: number) => string
  label: string
}

const MARGIN = { top: 12, right: 16, bottom: 30, left: 48 }
const WIDTH = 460
const HEIGHT = 170

/** One measure over time; weeks without a value leave a gap rather than a fake zero. */
export function LineChart({ points, domain, format = String, label }: Props) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]))
  const low = Math.min(...values)
  const high = Math.max(...values)
  const pad = high === low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.15
  const x = scalePoint<string>({
    domain: points.map((p) => p.label),
    range: [0, innerWidth],
    padding: 0.5,
  })
  const y = scaleLinear<number>({
    domain: domain ?? [low - pad, high + pad],
    range: [innerHeight, 0],
    nice: true,
  })
  // Six dates fit under the chart; past that every second or third is labelled, always this week.
  const every = Math.ceil(points.length / 6)
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <Group left={MARGIN.left} top={MARGIN.top}>
        <LinePath
          className="chart-line"
          data={points}
          x={(p) => x(p.label) ?? 0}
          y={(p) => y(p.value ?? 0)}
          defined={(p) => p.value !== null}
        />
        {points.map((p) =>
          p.value === null ? null : (
            <circle
              key={p.label}
              className="chart-dot"
              cx={x(p.label) ?? 0}
              cy={y(p.value)}
              r={3.5}
            />
          ),
        )}
        <AxisLeft
          scale={y}
          numTicks={4}
          tickFormat={(v) => format(Number(v))}
          tickLabelProps={{ className: 'chart-tick' }}
          axisLineClassName="chart-axis"
          tickClassName="chart-axis"
        />
        <AxisBottom
          scale={x}
          top={innerHeight}
          tickValues={points
            .filter((_, i) => (points.length - 1 - i) % every === 0)
            .map((p) => p.label)}
          tickLabelProps={{ className: 'chart-tick' }}
          axisLineClassName="chart-axis"
          tickClassName="chart-axis"
        />
      </Group>
    </svg>
  )
}
