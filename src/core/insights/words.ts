/** "1 day", "2 days", "1.5 days": a number with its unit, for the sentences Insights writes. */
export function count(n: number, unit: string, plural = `${unit}s`): string {
  return `${n} ${n === 1 ? unit : plural}`
}

export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`
}
