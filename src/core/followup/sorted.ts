/**
 * Where `item` goes in `list` (sorted by `compare`): before its first equal, or with `after`
 * past its last one, so equal items keep the order they came in.
 */
export function sortedIndex<T>(
  list: readonly T[],
  item: T,
  compare: (a: T, b: T) => number,
  after = false,
): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const c = compare(list[mid]!, item)
    if (c < 0 || (after && c === 0)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The position of this very item (by identity) in `list`, or -1; equals are searched in turn. */
export function indexOfSorted<T>(
  list: readonly T[],
  item: T,
  compare: (a: T, b: T) => number,
): number {
  for (let i = sortedIndex(list, item, compare); i < list.length; i++) {
    if (list[i] === item) return i
    if (compare(list[i]!, item) !== 0) break
  }
  return -1
}
