// Review's keys, wherever focus is (a field, a button, the page itself): Ctrl+Enter (⌘+Enter) confirms,
// Alt+R retakes. Alt+R is matched by its physical key: on a Mac, Option+R types "®".
import { useEffect, useRef } from 'react'

interface ReviewShortcuts {
  confirm: () => void
  retake: () => void
}

export function useReviewShortcuts(enabled: boolean, actions: ReviewShortcuts) {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) latest.current.confirm()
      else if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR')
        latest.current.retake()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled])
}
