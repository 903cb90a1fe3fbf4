// A blob shown as an image: one object URL per blob, made when a component first shows it and revoked
// when the last one showing it goes (StrictMode's extra unmount and mount included).
import { useCallback, useEffect, useSyncExternalStore } from 'react'

const urls = new Map<Blob, { url: string; users: number }>()
const listeners = new Set<() => void>()

function acquire(blob: Blob) {
  const entry = urls.get(blob)
  if (entry) entry.users++
  else urls.set(blob, { url: URL.createObjectURL(blob), users: 1 })
  for (const listener of listeners) listener()
}

function release(blob: Blob) {
  const entry = urls.get(blob)
  if (!entry || --entry.users > 0) return
  URL.revokeObjectURL(entry.url)
  urls.delete(blob)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useObjectUrl(blob: Blob | null | undefined): string | null {
  useEffect(() => {
    if (!blob) return
    acquire(blob)
    return () => release(blob)
  }, [blob])
  const snapshot = useCallback(() => (blob ? (urls.get(blob)?.url ?? null) : null), [blob])
  return useSyncExternalStore(subscribe, snapshot)
}
