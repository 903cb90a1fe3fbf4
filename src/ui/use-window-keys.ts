// Keys heard on the whole window while a step is shown: the listener is added once per `enabled` change and
// always calls the latest handler, so a handler made fresh each render neither re-subscribes nor goes stale.
import { useEffect, useRef } from 'react'

export function useWindowKeys(enabled: boolean, onKey: (event: KeyboardEvent) => void) {
  const latest = useRef(onKey)
  useEffect(() => {
    latest.current = onKey
  })
  useEffect(() => {
    if (!enabled) return
    const listener = (event: KeyboardEvent) => latest.current(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [enabled])
}
