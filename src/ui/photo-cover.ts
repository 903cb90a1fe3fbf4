// What every card photo on screen must cover, set by the step that knows what was read (review, done) and
// read by each photo, wherever it is drawn: the photo needs no prop from the flow, so the first screen's code
// does not grow. Cleared when that step goes.
import { useLayoutEffect, useSyncExternalStore } from 'react'
import type { Region } from './cover-regions.ts'

export interface PhotoCover {
  /** The regions to cover on a photo of that size, in its pixels */
  regions: (size: { width: number; height: number }) => Region[]
  /** Says what is covered, under the photo */
  note: string
}

let current: PhotoCover | null = null
const listeners = new Set<() => void>()

function set(next: PhotoCover | null) {
  current = next
  for (const listener of listeners) listener()
}

/** Covers every card photo on screen with `cover` while the calling component is shown (null: nothing). */
export function usePhotoCover(cover: PhotoCover | null): void {
  // before paint, so no frame shows a photo uncovered
  useLayoutEffect(() => {
    set(cover)
    // only its own cover is cleared: the next step may have set one already
    return () => (current === cover ? set(null) : undefined)
  }, [cover])
}

/** The cover card photos are drawn with now. */
export function useCurrentPhotoCover(): PhotoCover | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}
