// Operator keys on the capture step (see shortcut-legend.tsx). Typing in a field, or a key with a
// modifier, is never taken; Space is left to a focused button or link.
import { useWindowKeys } from '#src/ui/use-window-keys.ts'

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
  useWindowKeys(enabled, (event) => {
    if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return
    if (isTyping(event.target)) return
    const key = event.key.toLowerCase()
    const onControl = event.target instanceof HTMLElement && event.target.closest('button, a, summary')
    if (key === 'c' || (key === ' ' && !onControl)) actions.capture()
    else if (key === 'a') actions.toggleAutoCapture()
    else if (key === 'u') actions.upload()
    else return
    event.preventDefault()
  })
}
