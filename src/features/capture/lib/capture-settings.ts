// Capture settings that last for the session (in memory only: nothing is written to storage).
import type { Journey } from '#src/session/journey.ts'
import { useSyncExternalStore } from 'react'

/** One on/off setting: its value, a setter, and a hook that re-renders on change. */
function setting(initial: boolean) {
  let value = initial
  const listeners = new Set<() => void>()
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  const set = (on: boolean) => {
    value = on
    for (const listener of listeners) listener()
  }
  const use = (): [boolean, (on: boolean) => void] => [useSyncExternalStore(subscribe, () => value), set]
  return { get: () => value, set, use }
}

const autoCapture = setting(true)
// Customers always see their photo before it is sent; operators may turn the step on.
const photoCheck = setting(false)

export const setAutoCapture = autoCapture.set
export const useAutoCapture = autoCapture.use
export const usePhotoCheck = photoCheck.use

/** Whether a photo stops on the "check your photo" step before it is sent. */
export function wantsPhotoCheck(journey: Journey): boolean {
  return journey === 'customer' || photoCheck.get()
}
