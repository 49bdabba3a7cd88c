import { startTransition, useCallback, useState } from 'react'
import { afterNextPaint } from '../../after-paint'

/**
 * State for controls that filter a long list: `[shown in the controls, shown in the list, set]`.
 * The controls take each change at once; the list takes it in a transition that starts only
 * after the next frame is painted. useDeferredValue alone starts the list's render in the very
 * next task, which at 10,000 rows can push the frame echoing a key past its deadline.
 */
export function useViewAfterPaint<V>(initial: V) {
  const [view, setView] = useState(initial)
  const [listView, setListView] = useState(initial)
  const update = useCallback((next: V) => {
    setView(next)
    afterNextPaint(() => startTransition(() => setListView(next)))
  }, [])
  return [view, listView, update] as const
}
