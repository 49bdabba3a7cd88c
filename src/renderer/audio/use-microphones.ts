import { useCallback, useEffect, useState } from 'react'

export interface Microphone {
  deviceId: string
  label: string
}

/**
 * The audio inputs the system reports, kept current as devices come and go. Names stay blank
 * until the user has allowed the microphone once, so those get numbered instead.
 */
export function useMicrophones(): { microphones: Microphone[]; refresh: () => void } {
  const [microphones, setMicrophones] = useState<Microphone[]>([])
  const refresh = useCallback(() => {
    const devices = navigator.mediaDevices
    if (!devices?.enumerateDevices) return
    void devices
      .enumerateDevices()
      .then((all) => {
        const inputs = all.filter(
          // "default" and "communications" are aliases of a real device listed anyway.
          (d) =>
            d.kind === 'audioinput' &&
            d.deviceId &&
            !['default', 'communications'].includes(d.deviceId),
        )
        setMicrophones(
          inputs.map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Microphone ${i + 1}` })),
        )
      })
      .catch(() => setMicrophones([]))
  }, [])

  useEffect(() => {
    refresh()
    const devices = navigator.mediaDevices
    devices?.addEventListener?.('devicechange', refresh)
    return () => devices?.removeEventListener?.('devicechange', refresh)
  }, [refresh])

  return { microphones, refresh }
}
