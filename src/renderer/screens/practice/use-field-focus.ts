import { useCallback, useEffect, useRef } from 'react'

/**
 * Focuses a field by id now, or, if it isn't on screen yet (a new step, reply or form), right
 * after the render that shows it.
 */
export function useFieldFocus(): (id: string) => void {
  const pendingRef = useRef<string | null>(null)
  const focusField = useCallback((id: string) => {
    const el = document.getElementById(id)
    if (!el) {
      pendingRef.current = id
      return
    }
    pendingRef.current = null
    el.focus()
    el.scrollIntoView?.({ block: 'nearest' })
  }, [])
  useEffect(() => {
    if (pendingRef.current) focusField(pendingRef.current)
  })
  return focusField
}
