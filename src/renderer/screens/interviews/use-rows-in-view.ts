import {
  defaultRangeExtractor,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual'
import { useCallback, type RefObject } from 'react'

/**
 * The scroller's size from a ResizeObserver only. The library's own reads it at once as the
 * list mounts, which forces the page's layout in the middle of the render; the observer's first
 * report comes with the frame's own layout, and `initialRect` stands in until then.
 */
function observeScrollerSize<E extends Element>(
  instance: Virtualizer<HTMLDivElement, E>,
  report: (rect: { width: number; height: number }) => void,
) {
  const element = instance.scrollElement
  if (!element) return
  const observer = new ResizeObserver(() =>
    report({ width: element.clientWidth, height: element.clientHeight }),
  )
  observer.observe(element)
  return () => observer.disconnect()
}

/**
 * A virtualiser over `count` rows in `scroller` that also keeps row `kept` rendered (the one
 * holding focus), so scrolling away from it never drops focus to the page.
 */
export function useRowsInView<E extends Element>({
  count,
  scroller,
  estimate,
  overscan,
  kept,
  key,
}: {
  count: number
  scroller: RefObject<HTMLDivElement | null>
  estimate: number
  overscan: number
  kept: number | null
  key: (index: number) => string
}) {
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range)
      if (kept !== null && kept >= 0 && kept < count && !shown.includes(kept)) shown.push(kept)
      return shown.sort((a, b) => a - b)
    },
    [kept, count],
  )
  // The build has no React Compiler; the virtualiser re-renders its component when it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useVirtualizer<HTMLDivElement, E>({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    // The first render already holds a screenful, instead of the overscan alone and a second
    // render once the scroller is measured.
    initialRect: { width: 0, height: window.innerHeight },
    observeElementRect: observeScrollerSize,
    overscan,
    rangeExtractor,
    getItemKey: key,
  })
}
