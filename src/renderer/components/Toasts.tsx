import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react'

export interface Toast {
  id: number
  message: string
  tone?: 'info' | 'error'
  action?: { label: string; run: () => void }
  /** How long it stays; undo toasts stay long enough to read and reach with the keyboard. */
  ms?: number
}

const ToastContext = createContext<(toast: Omit<Toast, 'id'>) => void>(() => undefined)

export const useToast = () => useContext(ToastContext)

function ToastItem({ toast, onClose }: { toast: Toast; onClose: () => void }) {
  const [paused, setPaused] = useState(false)
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  })
  useEffect(() => {
    if (paused) return
    const timer = setTimeout(() => close.current(), toast.ms ?? 5000)
    return () => clearTimeout(timer)
  }, [paused, toast.ms])
  return (
    <div
      className={`toast ${toast.tone === 'error' ? 'toast-error' : ''}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span>{toast.message}</span>
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
    </div>
  )
}

/** Calm, dismissable messages in one live region so screen readers hear them once. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const next = useRef(1)
  const show = useCallback((toast: Omit<Toast, 'id'>) => {
    const id = next.current++
    setToasts((list) => [...list.slice(-2), { ...toast, id }])
  }, [])
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <ToastItem
            key={t.id}
            toast={t}
            onClose={() => setToasts((list) => list.filter((x) => x.id !== t.id))}
          />
        ))}
      </div>
    </ToastContext.Provider>
  )
}
