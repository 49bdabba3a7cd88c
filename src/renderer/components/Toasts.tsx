import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { createPortal } from 'react-dom'
import { href, parseRoute } from '../routing/router'

export interface Toast {
  id: number
  message: string
  tone?: 'info' | 'error'
  action?: { label: string; run: () => void }
  /** How long it stays; undo toasts stay long enough to read and reach with the keyboard. */
  ms?: number
}

interface Shown extends Toast {
  /** The same message again while this one was up: counted, not stacked. */
  count: number
  /** The screen it belongs to; it leaves when the user goes elsewhere. */
  screen: string
}

/** More than this and the oldest go: a pile of messages is noise, not news. */
export const MAX_TOASTS = 3

type Show = (toast: Omit<Toast, 'id'>) => void
const ToastContext = createContext<Show>(() => undefined)
const SlotContext = createContext<(el: HTMLElement | null) => void>(() => undefined)

export const useToast = () => useContext(ToastContext)

/** Today is both "" and "#/", so screens are compared by their canonical address. */
const currentScreen = () => href(parseRoute(window.location.hash))
const sameToast = (a: Omit<Toast, 'id'>, b: Omit<Toast, 'id'>) =>
  a.message === b.message && (a.tone ?? 'info') === (b.tone ?? 'info')

/** Adds one toast: a repeat bumps the earlier one; past the limit the oldest plain one goes. */
export function addToast(list: Shown[], toast: Shown): Shown[] {
  const repeat = list.find((t) => sameToast(t, toast))
  if (repeat) {
    // The newer action wins: an Undo must undo the latest deletion.
    return list.map((t) =>
      t === repeat ? { ...toast, id: t.id, count: t.count + 1, screen: toast.screen } : t,
    )
  }
  const next = [...list, toast]
  while (next.length > MAX_TOASTS) {
    // Messages with an Undo are kept longest: losing one loses the way back.
    const plain = next.findIndex((t) => !t.action)
    next.splice(plain === -1 ? 0 : plain, 1)
  }
  return next
}

function ToastItem({ toast, onClose }: { toast: Shown; onClose: () => void }) {
  const [paused, setPaused] = useState(false)
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  })
  // A repeat restarts the clock, so the message stays as long as it keeps happening.
  useEffect(() => {
    if (paused) return
    const timer = setTimeout(() => close.current(), toast.ms ?? 5000)
    return () => clearTimeout(timer)
  }, [paused, toast.ms, toast.count])
  return (
    <div
      className={`toast ${toast.tone === 'error' ? 'toast-error' : ''}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className="toast-message">
        {toast.message}
        {toast.count > 1 && (
          <span className="toast-count" aria-label={`(${toast.count} times)`}>
            ×{toast.count}
          </span>
        )}
      </span>
      <span className="toast-buttons">
        {toast.action && (
          <button
            type="button"
            className="button small"
            onClick={() => {
              toast.action?.run()
              onClose()
            }}
          >
            {toast.action.label}
          </button>
        )}
        <button type="button" className="icon-button" aria-label="Close message" onClick={onClose}>
          ×
        </button>
      </span>
    </div>
  )
}

/**
 * Where toasts live: a place in the app's own chrome (the sidebar), never over the screen's
 * controls. Without one (a screen rendered alone in a test) they render in place.
 */
export function ToastSlot() {
  const register = useContext(SlotContext)
  return <div ref={register} className="toast-slot" />
}

/**
 * Calm, dismissable messages in one live region so screen readers hear them once. Each belongs
 * to the screen it appeared on and leaves with it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Shown[]>([])
  const [slot, setSlot] = useState<HTMLElement | null>(null)
  const next = useRef(1)
  const show = useCallback<Show>((toast) => {
    const id = next.current++
    // Read the screen after the caller's own code has run: "Saved" followed by navigate() to the
    // saved interview belongs to that interview's page, not to the form it came from.
    queueMicrotask(() =>
      setToasts((list) => addToast(list, { ...toast, id, count: 1, screen: currentScreen() })),
    )
  }, [])
  useEffect(() => {
    const leave = () => {
      const screen = currentScreen()
      setToasts((list) =>
        list.every((t) => t.screen === screen) ? list : list.filter((t) => t.screen === screen),
      )
    }
    window.addEventListener('hashchange', leave)
    return () => window.removeEventListener('hashchange', leave)
  }, [])

  const region = (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem
          key={t.id}
          toast={t}
          onClose={() => setToasts((list) => list.filter((x) => x.id !== t.id))}
        />
      ))}
    </div>
  )
  return (
    <ToastContext.Provider value={show}>
      <SlotContext.Provider value={setSlot}>
        {children}
        {slot ? createPortal(region, slot) : region}
      </SlotContext.Provider>
    </ToastContext.Provider>
  )
}
