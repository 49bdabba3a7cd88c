import { useEffect, useRef } from 'react'

export interface PlayerKeys {
  /** 1–9: the reply with that number (0-based index here). */
  choose(index: number): void
  back(): void
  restart(): void
  /** N, in surprise mode: let the employer answer. */
  next?(): void
}

/** Typing into a field must never move the call on. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  return ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)
}

/**
 * The player's shortcuts, on the whole window so they work wherever focus is on the page,
 * except in form fields. Held keys don't repeat, so one press is always one step.
 */
export function usePlayerKeys(keys: PlayerKeys, enabled = true): void {
  const latest = useRef(keys)
  useEffect(() => {
    latest.current = keys
  })
  useEffect(() => {
    if (!enabled) return
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return
      if (isTypingTarget(e.target)) return
      const k = latest.current
      if (/^[1-9]$/.test(e.key)) {
        e.preventDefault()
        k.choose(Number(e.key) - 1)
      } else if (e.key === 'Backspace') {
        // Also stops the browser's old "Backspace goes back a page".
        e.preventDefault()
        k.back()
      } else if (e.key === 'r' || e.key === 'R') {
        e.preventDefault()
        k.restart()
      } else if ((e.key === 'n' || e.key === 'N') && k.next) {
        e.preventDefault()
        k.next()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled])
}
