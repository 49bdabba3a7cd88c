import { AxisBottom, AxisLeft, type AxisScale } from '@visx/axis'

/** Axes drawn in the theme's tokens (see insights.css); every chart on the screen uses these. */
const look = {
  tickLabelProps: { className: 'chart-tick' },
  axisLineClassName: 'chart-axis',
  tickClassName: 'chart-axis',
} as const

export function ValueAxis({
  scale,
  top,
  ticks,
  format,
}: {
  scale: AxisScale<number>
  /** Set for a horizontal value axis under the chart; left out for a vertical one. */
  top?: number
  ticks: number
  format: (value: number) => string
}) {
  const props = { scale, numTicks: ticks, tickFormat: (v: unknown) => format(Number(v)), ...look }
  return top === undefined ? <AxisLeft {...props} /> : <AxisBottom top={top} {...props} />
}

/** Dates under a chart: at most six labels, always including the latest. */
export function DateAxis({
  scale,
  labels,
  top,
}: {
  scale: AxisScale<number>
  labels: string[]
  top: number
}) {
  const every = Math.ceil(labels.length / 6)
  return (
    <AxisBottom
      scale={scale}
      top={top}
      tickValues={labels.filter((_, i) => (labels.length - 1 - i) % every === 0)}
      {...look}
    />
  )
}
