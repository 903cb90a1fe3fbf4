// Capture settings that last for the session (in memory only: nothing is written to storage).
import { useSyncExternalStore } from 'react'

let autoCapture = true
const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function setAutoCapture(on: boolean) {
  autoCapture = on
  for (const listener of listeners) listener()
}

export function useAutoCapture(): [boolean, (on: boolean) => void] {
  return [useSyncExternalStore(subscribe, () => autoCapture), setAutoCapture]
}
