import { AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import { ValueAxis } from './ChartAxes'

export interface BarSegment {
  /** Names the segment's colour: a CSS class `chart-<tone>` painted from the theme's tokens. */
  tone: 'main' | 'late' | 'early' | 'track'
  value: number
}

export interface BarRow {
  label: string
  segments: BarSegment[]
}

interface Props {
  rows: BarRow[]
  /** The scale's end; the largest row total when not given. */
  max?: number
  format?: (value: number) => string
  /** Tells the chart what it shows, for anyone who can't see it; the table beside says the rest. */
  label: string
}

const ROW = 34
const MARGIN = { top: 8, right: 24, bottom: 28, left: 150 }
const WIDTH = 460

/** Horizontal bars, one row per category; segments stack left to right. */
export function BarChart({ rows, max, format = String, label }: Props) {
  const height = MARGIN.top + MARGIN.bottom + rows.length * ROW
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right
  const innerHeight = rows.length * ROW
  const total = (r: BarRow) => r.segments.reduce((s, g) => s + g.value, 0)
  const end = Math.max(max ?? Math.max(...rows.map(total)), 1)
  const x = scaleLinear<number>({ domain: [0, end], range: [0, innerWidth], nice: !max })
  const y = scaleBand<string>({
    domain: rows.map((r) => r.label),
    range: [0, innerHeight],
    padding: 0.3,
  })
  const ticks = Math.min(5, Math.ceil(end))
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
      <Group left={MARGIN.left} top={MARGIN.top}>
        {rows.map((row) => {
          let start = 0
          return row.segments.map((seg, i) => {
            const left = start
            start += seg.value
            return (
              <Bar
                key={`${row.label}-${i}`}
                className={`chart-${seg.tone}`}
                x={x(left)}
                y={y(row.label) ?? 0}
                width={Math.max(0, x(left + seg.value) - x(left))}
                height={y.bandwidth()}
                rx={3}
              />
            )
          })
        })}
        <AxisLeft scale={y} hideTicks hideAxisLine tickLabelProps={{ className: 'chart-label' }} />
        <ValueAxis scale={x} top={innerHeight} ticks={ticks} format={format} />
      </Group>
    </svg>
  )
}
