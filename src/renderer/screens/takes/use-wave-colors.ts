import { useEffect, useState } from 'react'

export interface WaveColors {
  waveColor: string
  progressColor: string
  cursorColor: string
}

/**
 * A variable's value may be `light-dark(…)` or another variable, which a canvas can't parse;
 * the computed `color` of an element that uses it is always a plain rgb() value.
 */
function resolve(variable: string, fallback: string): string {
  const probe = document.createElement('span')
  probe.style.color = `var(${variable}, ${fallback})`
  probe.hidden = true
  document.body.append(probe)
  const color = getComputedStyle(probe).color
  probe.remove()
  return color || fallback
}

function read(): WaveColors {
  return {
    waveColor: resolve('--muted', '#5b616b'),
    progressColor: resolve('--accent', '#2f6f62'),
    cursorColor: resolve('--text', '#1f2328'),
  }
}

/**
 * The waveform draws on a canvas, which CSS variables can't reach: read the theme's colours
 * and read them again whenever the theme changes (the app setting or the system's).
 */
export function useWaveColors(): WaveColors {
  const [colors, setColors] = useState(read)
  useEffect(() => {
    const update = () =>
      setColors((old) => {
        const next = read()
        return JSON.stringify(next) === JSON.stringify(old) ? old : next
      })
    const scheme = matchMedia('(prefers-color-scheme: dark)')
    scheme.addEventListener('change', update)
    const observer = new MutationObserver(update)
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    })
    return () => {
      scheme.removeEventListener('change', update)
      observer.disconnect()
    }
  }, [])
  return colors
}
