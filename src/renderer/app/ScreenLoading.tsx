import { useEffect, useState } from 'react'

/**
 * Shown while a screen's code loads. It is there almost at once, so nothing shows for the first
 * moment; a flash of "Loading…" on every screen change would be noise.
 */
export function ScreenLoading({ delayMs = 400 }: { delayMs?: number }) {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), delayMs)
    return () => clearTimeout(timer)
  }, [delayMs])
  return shown ? <p className="muted">Loading…</p> : null
}
