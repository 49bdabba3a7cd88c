import { Group } from '@visx/group'
import { scaleLinear, scalePoint } from '@visx/scale'
import { LinePath } from '@visx/shape'
import { DateAxis, ValueAxis } from './ChartAxes'

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
        <ValueAxis scale={y} ticks={4} format={format} />
        <DateAxis scale={x} top={innerHeight} labels={points.map((p) => p.label)} />
      </Group>
    </svg>
  )
}
