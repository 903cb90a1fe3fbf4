// Operator keys on the capture step (see shortcut-legend.tsx). Typing in a field, or a key with a
// modifier, is never taken; Space is left to a focused button or link.
import { useEffect, useRef } from 'react'

interface CaptureShortcuts {
  capture: () => void
  toggleAutoCapture: () => void
  upload: () => void
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

export function useCaptureShortcuts(enabled: boolean, actions: CaptureShortcuts) {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return
      if (isTyping(event.target)) return
      const key = event.key.toLowerCase()
      const onControl = event.target instanceof HTMLElement && event.target.closest('button, a, summary')
      if (key === 'c' || (key === ' ' && !onControl)) latest.current.capture()
      else if (key === 'a') latest.current.toggleAutoCapture()
      else if (key === 'u') latest.current.upload()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled])
}
