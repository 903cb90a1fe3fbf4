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

// Customers always see their photo before it is sent; operators may turn the step on.
let photoCheck = false
const photoCheckListeners = new Set<() => void>()

export function setPhotoCheck(on: boolean) {
  photoCheck = on
  for (const listener of photoCheckListeners) listener()
}

function subscribePhotoCheck(listener: () => void) {
  photoCheckListeners.add(listener)
  return () => photoCheckListeners.delete(listener)
}

export function usePhotoCheck(): [boolean, (on: boolean) => void] {
  return [useSyncExternalStore(subscribePhotoCheck, () => photoCheck), setPhotoCheck]
}

/** Whether a photo stops on the "check your photo" step before it is sent. */
export function wantsPhotoCheck(mode: 'operator' | 'self-service'): boolean {
  return mode === 'self-service' || photoCheck
}
