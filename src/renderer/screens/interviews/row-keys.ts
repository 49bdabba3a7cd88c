/**
 * The row a navigation key moves to in a list of `count` rows, or null for any other key.
 * `pageRows` is how many rows one Page Up or Page Down skips (about a screenful).
 */
export function rowAfterKey(
  key: string,
  from: number,
  count: number,
  pageRows: number,
): number | null {
  const last = count - 1
  const clamp = (n: number) => Math.max(0, Math.min(last, n))
  switch (key) {
    case 'ArrowDown':
      return clamp(from + 1)
    case 'ArrowUp':
      return clamp(from - 1)
    case 'PageDown':
      return clamp(from + pageRows)
    case 'PageUp':
      return clamp(from - pageRows)
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return null
  }
}
